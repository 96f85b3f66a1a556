// Variants of the randomised functions that take their random bytes as parameters, plus the
// byte-layout builders, for known-answer test vectors. Never use these in application code:
// reusing a nonce with the same key destroys confidentiality.
export { createChallengeWithNonce, challengeSignedBytes } from './challenge';
export { encryptEnvelopeWithNonce, envelopeAssociatedData } from './envelope';
export { pad, unpad } from './padding';
export { messageSignedBytes } from './thread';
export { fileChunkAssociatedData } from './file-stream';
export { receiptSignedBytes, authorshipSignedBytes } from './receipt';
export { certificateSignedBytes } from './certificate';
export { keyWrapAssociatedData, wrapPrivateKeysWithNonce } from './key-wrap';
export { signingKeyPairFromSeed, boxKeyPairFromSeed } from './case-keys';
