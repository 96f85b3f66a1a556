// One evidence file of a files message: what it is, who sent it, what was removed from it, and
// buttons to decrypt and save it or (for images) preview it inline. Nothing is saved or shown
// before the whole file has decrypted and matched its manifest's SHA-256; a file that fails is
// reported plainly. Preview object URLs are revoked when hidden or when the page closes.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileManifestEntryV1 } from '../../../api/index';
import { canPreview } from '../../shared/files/index';
import type { DownloadHandle, TransferProgress } from '../../shared/files/types';
import { formatSize } from '../../shared/i18n/format';
import { msg, type Message } from '../../shared/i18n/message';
import { useSay, useWords } from '../../shared/i18n/use-words';
import { fileErrorText, isCancelled, type CaseFileAccess } from '../services/case-files';
import { metadataWords, typeWords } from '../services/file-words';
import { TransferBar } from './TransferBar';

type Mode = 'save' | 'preview';

interface Running {
  readonly mode: Mode;
  readonly progress: TransferProgress;
}

export interface FileItemProps {
  readonly entry: FileManifestEntryV1;
  /** "Sent by the whistleblower", "Sent by you"… */
  readonly sentBy: string;
  readonly access: CaseFileAccess;
}

function waiting(total: number): TransferProgress {
  return { phase: 'waiting', bytesDone: 0, bytesTotal: total, bytesPerSecond: null, secondsLeft: null };
}

export function FileItem(props: FileItemProps) {
  const { t } = useTranslation('prosecutor');
  const words = useWords();
  const say = useSay();
  const { entry, access } = props;
  const [running, setRunning] = useState<Running | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [saved, setSaved] = useState(false);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const handle = useRef<DownloadHandle | null>(null);
  const shownUrl = useRef<string | null>(null);
  const mounted = useRef(false);

  const revokePreview = () => {
    if (shownUrl.current !== null) URL.revokeObjectURL(shownUrl.current);
    shownUrl.current = null;
    setPreviewUrl(null);
  };

  // Leaving the page stops any transfer and frees the decrypted image.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      handle.current?.cancel();
      handle.current = null;
      if (shownUrl.current !== null) URL.revokeObjectURL(shownUrl.current);
      shownUrl.current = null;
    };
  }, []);

  const start = (mode: Mode) => {
    if (handle.current !== null) return;
    setError(null);
    setSaved(false);
    setRunning({ mode, progress: waiting(entry.size) });
    let started: ReturnType<CaseFileAccess['download']>;
    try {
      started = access.download(entry, mode, (progress) => {
        if (mounted.current && handle.current === started) setRunning({ mode, progress });
      });
    } catch (failure) {
      setRunning(null);
      setError(fileErrorText(failure, entry.name));
      return;
    }
    handle.current = started;
    const current = () => mounted.current && handle.current === started;
    started.done.then(
      async () => {
        const url = mode === 'preview' ? await started.preview : null;
        if (!current()) {
          if (url !== null) URL.revokeObjectURL(url);
          return;
        }
        handle.current = null;
        setRunning(null);
        if (mode === 'save') {
          setSaved(true);
        } else if (url === null) {
          setError(msg('prosecutor:files.noPreview', { name: entry.name }));
        } else {
          revokePreview();
          shownUrl.current = url;
          setPreviewUrl(url);
        }
      },
      (failure: unknown) => {
        // A URL must never outlive a failed check; none should exist, but free it if one does.
        started.preview.then(
          (url) => {
            if (url !== null) URL.revokeObjectURL(url);
          },
          () => undefined,
        );
        if (!current()) return;
        handle.current = null;
        setRunning(null);
        if (!isCancelled(failure)) setError(fileErrorText(failure, entry.name));
      },
    );
  };

  const cancel = () => {
    const active = handle.current;
    handle.current = null;
    setRunning(null);
    active?.cancel();
  };

  const stored = access.isStored(entry.fileId);
  const busy = running !== null;
  const previewable = canPreview(entry);

  return (
    <li className="file">
      <p className="file-name">{entry.name}</p>
      <p className="file-facts">
        {formatSize(entry.size, words)} · {typeWords(entry.type, words)} · {props.sentBy}
      </p>
      <p className="file-metadata">{metadataWords(entry.metadata, words)}</p>
      {stored ? (
        <div className="button-row file-actions">
          <button type="button" className="button-secondary" disabled={busy} onClick={() => start('save')}>
            {t('files.save', { name: entry.name })}
          </button>
          {!previewable ? null : previewUrl === null ? (
            <button type="button" className="button-secondary" disabled={busy} onClick={() => start('preview')}>
              {t('files.preview', { name: entry.name })}
            </button>
          ) : (
            <button type="button" className="button-secondary" onClick={revokePreview}>
              {t('files.hidePreview', { name: entry.name })}
            </button>
          )}
        </div>
      ) : (
        <p className="file-missing">{t('files.notArrived')}</p>
      )}
      {running === null ? null : (
        <div className="file-transfer">
          <TransferBar name={entry.name} progress={running.progress} direction="download" />
          <button type="button" className="button-secondary" onClick={cancel}>
            {t('common:actions.cancel')}
          </button>
        </div>
      )}
      {error === null ? null : (
        <p className="file-error" role="alert">
          {say(error)}
        </p>
      )}
      {saved ? <p className="file-saved">{t('files.saved')}</p> : null}
      {previewUrl === null ? null : (
        <figure className="file-preview">
          <img src={previewUrl} alt={entry.name} />
        </figure>
      )}
    </li>
  );
}
