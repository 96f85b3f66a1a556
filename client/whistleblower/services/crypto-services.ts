// Everything of the whistleblower app that needs crypto/, loaded on demand (load-services.ts):
// libsodium and the protocol stay out of the first paint.
export { ready } from '../../../crypto/index';
export { loadAgencies, rootFingerprint, type AgencyOption } from './agencies';
export { TipSubmitter, type SubmitStep, type SubmittedCase } from './submit-tip';
export { openCase, openCaseWithKeys, type OpenStep, type OpenedCase } from './open-case';
export { CaseConnection } from './case-connection';
export { caseCodeIn } from './case-code-words';
export { checkEvidence } from './evidence';
export {
  UploadQueue,
  buildFilesContent,
  fetchUploadLimits,
  limitRefusal,
  limitsText,
  startDownload,
  startUpload,
} from '../../shared/files/index';
