// The files being sent, one progress bar each, with Cancel while a file is on its way and Retry
// once it failed or was cancelled.
import { useTranslation } from 'react-i18next';
import type { QueuedUpload } from '../../shared/files/upload-queue';
import { TransferBar } from './TransferBar';

export interface UploadListProps {
  readonly items: readonly QueuedUpload[];
  readonly onCancel: (id: string) => void;
  readonly onRetry: (id: string) => void;
  /** Retry is offered only while nothing else blocks it (e.g. not while attaching). */
  readonly canRetry: boolean;
}

export function UploadList({ items, onCancel, onRetry, canRetry }: UploadListProps) {
  const { t } = useTranslation('common');
  return (
    <ul className="transfer-list">
      {items.map((item) => {
        const { phase } = item.progress;
        const running = phase === 'waiting' || phase === 'encrypting' || phase === 'uploading' || phase === 'retrying';
        const stopped = phase === 'failed' || phase === 'cancelled';
        return (
          <li key={item.id} className="transfer-item">
            <p className="transfer-name verbatim">{item.name}</p>
            <TransferBar name={item.name} progress={item.progress} direction="upload">
              {running ? (
                <button type="button" className="button-small" onClick={() => onCancel(item.id)}>
                  {t('actions.cancel')}
                </button>
              ) : null}
              {stopped && canRetry ? (
                <button type="button" className="button-small" onClick={() => onRetry(item.id)}>
                  {t('actions.retry')}
                </button>
              ) : null}
            </TransferBar>
          </li>
        );
      })}
    </ul>
  );
}
