// A files message in the case thread: its note, and each file with its size and, for files you
// sent, what was removed from them. Files from the prosecutors can be saved ("Save <name>"), with
// a progress bar while they download, decrypt and are checked.
import { JsOnly, NoJsOnly } from '../../shared/no-js/no-js';
import { useTranslation } from 'react-i18next';
import type { FileManifestEntryV1 } from '../../../api/index';
import { metadataLabelList } from '../../shared/files/metadata-labels';
import { formatSize } from '../../shared/i18n/format';
import { useWords } from '../../shared/i18n/use-words';
import type { Words } from '../../shared/i18n/words';
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
function metadataWords(metadata: FileManifestEntryV1['metadata'], words: Words): string {
  const { t } = words;
  switch (metadata.action) {
    case 'removed':
      return metadata.removed.length === 0
        ? t('whistleblower:files.metadata.removedSome')
        : t('whistleblower:files.metadata.removed', { list: metadataLabelList(metadata.removed, words, false) });
    case 'reencoded':
      return t('whistleblower:files.metadata.reencoded');
    case 'kept-by-choice':
      return t('whistleblower:files.metadata.kept');
    case 'none-found':
      return t('whistleblower:files.metadata.noneFound');
    case 'not-checked':
      return t('whistleblower:files.metadata.notChecked');
  }
}

function FileRow({ file, mine, saving }: { readonly file: ThreadFile; readonly mine: boolean; readonly saving: FileSaving }) {
  const { t } = useTranslation('whistleblower');
  const words = useWords();
  const { entry } = file;
  const download = saving.downloads.get(entry.fileId);
  const running = download !== undefined && (download.progress.phase === 'waiting' || download.progress.phase === 'uploading' || download.progress.phase === 'encrypting');
  return (
    <li className="file-row">
      <p className="file-name">
        <span className="verbatim">{entry.name}</span> <span className="evidence-size">{t('evidence.size', { size: formatSize(entry.size, words) })}</span>
      </p>
      {mine ? <p className="note">{metadataWords(entry.metadata, words)}</p> : null}
      {!file.arrived ? (
        <p className="evidence-warning">{t('files.notArrived')}</p>
      ) : mine ? null : (
        <>
          <JsOnly>
            <div className="actions">
              <button type="button" className="button-small" disabled={running} onClick={() => saving.onSave(entry)}>
                {t('files.save', { name: entry.name })}
              </button>
            </div>
          </JsOnly>
          <NoJsOnly>
            <p className="note">{t('nojs.saveNeedsJs')}</p>
          </NoJsOnly>
          {download === undefined ? null : (
            <TransferBar name={entry.name} progress={download.progress} direction="download">
              {running ? (
                <button type="button" className="button-small" onClick={() => saving.onCancel(entry.fileId)}>
                  {t('common:actions.cancel')}
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
  const { t } = useTranslation('whistleblower');
  return (
    <>
      {note === null ? null : <p className="message-text">{note}</p>}
      <p className="message-files-title">{t('files.count', { count: files.length })}</p>
      <ul className="file-list">
        {files.map((file) => (
          <FileRow key={file.entry.fileId} file={file} mine={mine} saving={saving} />
        ))}
      </ul>
      {mine ? null : <p className="note">{t('files.saveWarning')}</p>}
    </>
  );
}
