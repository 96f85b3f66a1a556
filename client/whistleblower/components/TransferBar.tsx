// One file's progress: a progress bar named after the file, the percent, speed and time left in
// words, and the file's buttons (Cancel while it runs, Retry after it failed).
import type { ReactNode } from 'react';
import { percentOf } from '../../shared/files/format';
import { describeProgress } from '../../shared/files/progress';
import { useWords } from '../../shared/i18n/use-words';
import type { TransferProgress } from '../../shared/files/types';

export interface TransferBarProps {
  readonly name: string;
  readonly progress: TransferProgress;
  readonly direction: 'upload' | 'download';
  readonly children?: ReactNode;
}

export function TransferBar({ name, progress, direction, children }: TransferBarProps) {
  const words = useWords();
  const text = describeProgress(progress, direction, words);
  const failed = progress.phase === 'failed';
  return (
    <div className="transfer">
      <progress className="transfer-bar" aria-label={name} aria-valuetext={text} max={100} value={percentOf(progress.bytesDone, progress.bytesTotal)} />
      <p className={failed ? 'transfer-text transfer-failed' : 'transfer-text'} role={failed ? 'alert' : undefined}>
        {text}
      </p>
      {children === undefined ? null : <div className="transfer-actions">{children}</div>}
    </div>
  );
}
