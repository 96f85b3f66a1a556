// Shape of test/vectors/protocol-v1.json, shared by the generator and the vector tests.
// Binary values are lower-case hex strings unless the field name says otherwise.

export interface CaseCodeVector { entropy: string; language: string; text: string }
export interface CaseKeysVector {
  entropy: string;
  caseId: string;
  signingPublicKey: string;
  signingSecretKey: string;
  boxPublicKey: string;
  boxSecretKey: string;
  threadGenesis: string;
}
export interface EnvelopeVector {
  key: string;
  caseId: string;
  purpose: string;
  plaintextUtf8: string;
  nonce: string;
  associatedData: string;
  envelope: string;
}
export interface MessageVector {
  author: 'case' | 'prosecutor';
  authorPublicKey: string;
  authorRole: string;
  seq: number;
  prevHash: string;
  envelopePlaintextUtf8: string;
  envelopeNonce: string;
  envelope: string;
  envelopeHash: string;
  signedBytes: string;
  signature: string;
  messageHash: string;
}
export interface SignedFileVector { signedBytes: string; signature: string; file: string }

export interface VectorsFile {
  protocol: string;
  note: string;
  caseCode: CaseCodeVector[];
  caseKeys: CaseKeysVector[];
  challenge: { caseEntropy: string; caseId: string; nonce: string; expiresAt: number; signedBytes: string; signature: string };
  padding: { plaintext: string; padded: string }[];
  envelope: EnvelopeVector[];
  sealedKey: { recipientSeed: string; recipientPublicKey: string; recipientSecretKey: string; caseId: string; contentKey: string; sealed: string };
  thread: { caseEntropy: string; caseId: string; genesis: string; messages: MessageVector[] };
  fileStream: { key: string; caseId: string; fileId: string; associatedData: string; plaintextLength: number; plaintext: string; blobBase64Url: string };
  receipt: {
    serverSeed: string;
    serverPublicKey: string;
    casePublicKey: string;
    tipCiphertext: string;
    tipHash: string;
    day: string;
    signedBytes: string;
    signature: string;
    receiptHash: string;
    file: string;
    authorship: { challenge: string; signedBytes: string; proof: string };
  };
  certificates: {
    rootSeed: string;
    rootPublicKey: string;
    agencySeed: string;
    prosecutorSigningSeed: string;
    prosecutorBoxSeed: string;
    agency: SignedFileVector;
    prosecutor: SignedFileVector;
  };
  keyWrap: {
    userId: string;
    signingSeed: string;
    boxSeed: string;
    passphrase: string;
    salt: string;
    opsLimit: number;
    memLimitBytes: number;
    wrappingKey: string;
    loginSecret: string;
    loginSecretHash: string;
    nonce: string;
    associatedData: string;
    ciphertext: string;
    file: string;
  };
  recoveryKey: {
    key: string;
    text: string;
    wrappingKey: string;
    loginSecret: string;
    nonce: string;
    associatedData: string;
    ciphertext: string;
    file: string;
  };
  fingerprint: { keys: string[]; single: string; pair: string };
}
