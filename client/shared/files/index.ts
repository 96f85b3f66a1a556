// The client-side file pipeline, shared by the whistleblower and prosecutor apps: limits,
// upload (encrypt and hash workers, tus), download (decrypt, check, save or preview), the
// encrypted manifest, and progress words. UI code imports only from here. It pulls in crypto/,
// so the whistleblower app loads it with its other crypto services, on demand.
export type {
  DownloadHandle,
  DownloadSource,
  FileManifestEntryV1,
  FilesContent,
  FileToSend,
  StartDownload,
  StartUpload,
  TransferPhase,
  TransferProgress,
  UploadHandle,
  UploadTarget,
} from './types';
export { FileIntegrityError, FileTransferError, fileFailureMessage, fileFailureText, type FileTransferProblem } from './errors';
export { formatBytes, formatSize, formatSpeed, formatTimeLeft, percentOf, timeLeftWords } from './format';
export { ProgressMeter, ProgressReporter, describeProgress, waitingProgress } from './progress';
export {
  checkFileAgainstLimits,
  describeLimits,
  fetchUploadLimits,
  limitRefusal,
  limitsText,
  storedBytesOf,
  type LimitCheck,
  type QuotaState,
  type UploadLimits,
} from './limits';
export {
  ManifestError,
  assertMatchesManifest,
  attachedFileIds,
  buildFilesContent,
  entrySecrets,
  filesEnvelope,
  manifestEntry,
  manifestName,
  manifestType,
  type ManifestEntryInput,
} from './manifest';
export { RETRY_DELAYS_MS, TUS_CHUNK_BYTES, startUpload } from './upload';
export { UploadQueue, type QueuedUpload } from './upload-queue';
export { MAX_PREVIEW_BYTES, PREVIEW_TYPES, STREAM_TO_DISK_BYTES, canPreview, startDownload } from './download';
