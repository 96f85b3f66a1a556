// A files message in the case thread: its note, and each file with its size and, for files you
// sent, what was removed from them. Files from the prosecutors can be saved ("Save <name>"), with
// a progress bar while they download, decrypt and are checked.
import type { FileManifestEntryV1 } from '../../../api/index';
import { formatBytes } from '../../shared/files/format';
import type { TransferProgress } from '../../shared/files/types';
import type { ThreadFile } from '../logic/case-snapshot';
import { TransferBar } from './TransferBar';

export interface DownloadState {
  readonly progress: TransferProgress;
}

export interface FileSaving {
  readonly downloads: ReadonlyMap<string, DownloadState>;
  readonly onSave: (entry: FileManifestEntryV1) => void;
  readonly onCancel: (fileId: string) => void;
}

/** What the check for hidden details did, for files you sent. */
function metadataWords(metadata: FileManifestEntryV1['metadata']): string {
  switch (metadata.action) {
    case 'removed':
      return metadata.removed.length === 0 ? 'Hidden details were removed before it was sent.' : `Removed before it was sent: ${metadata.removed.join(', ')}.`;
    case 'reencoded':
      return 'It was re-saved before it was sent, which removed its hidden details.';
    case 'kept-by-choice':
      return 'Sent as it was: you chose to keep its hidden details.';
    case 'none-found':
      return 'No hidden details were found in it.';
    case 'not-checked':
      return 'It was not checked for hidden details.';
  }
}

function FileRow({ file, mine, saving }: { readonly file: ThreadFile; readonly mine: boolean; readonly saving: FileSaving }) {
  const { entry } = file;
  const download = saving.downloads.get(entry.fileId);
  const running = download !== undefined && (download.progress.phase === 'waiting' || download.progress.phase === 'uploading' || download.progress.phase === 'encrypting');
  return (
    <li className="file-row">
      <p className="file-name">
        <span className="verbatim">{entry.name}</span> <span className="evidence-size">({formatBytes(entry.size)})</span>
      </p>
      {mine ? <p className="note">{metadataWords(entry.metadata)}</p> : null}
      {!file.arrived ? (
        <p className="evidence-warning">This file has not arrived on the server.</p>
      ) : mine ? null : (
        <>
          <div className="actions">
            <button type="button" className="button-small" disabled={running} onClick={() => saving.onSave(entry)}>
              Save {entry.name}
            </button>
          </div>
          {download === undefined ? null : (
            <TransferBar name={entry.name} progress={download.progress} direction="download">
              {running ? (
                <button type="button" className="button-small" onClick={() => saving.onCancel(entry.fileId)}>
                  Cancel
                </button>
              ) : null}
            </TransferBar>
          )}
        </>
      )}
    </li>
  );
}

export function FilesMessage({ note, files, mine, saving }: { readonly note: string | null; readonly files: readonly ThreadFile[]; readonly mine: boolean; readonly saving: FileSaving }) {
  return (
    <>
      {note === null ? null : <p className="message-text">{note}</p>}
      <p className="message-files-title">{files.length === 1 ? '1 file:' : `${files.length} files:`}</p>
      <ul className="file-list">
        {files.map((file) => (
          <FileRow key={file.entry.fileId} file={file} mine={mine} saving={saving} />
        ))}
      </ul>
      {mine ? null : <p className="note">Saving a file leaves it on this device: save it only where that is safe.</p>}
    </>
  );
}
