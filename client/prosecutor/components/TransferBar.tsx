// A file transfer's progress: a bar named after the file, and a line with percent, speed and time left.
import { describeProgress, percentOf } from '../../shared/files/index';
import { useWords } from '../../shared/i18n/use-words';
import type { TransferProgress } from '../../shared/files/types';

export function TransferBar(props: { readonly name: string; readonly progress: TransferProgress; readonly direction: 'upload' | 'download' }) {
  const words = useWords();
  const { progress } = props;
  const text = describeProgress(progress, props.direction, words);
  const percent = progress.phase === 'done' ? 100 : progress.bytesTotal === 0 ? 0 : percentOf(progress.bytesDone, progress.bytesTotal);
  return (
    <div className="transfer">
      <progress className="transfer-bar" max={100} value={percent} aria-label={props.name} aria-valuetext={text} />
      <p className="transfer-text">{text}</p>
    </div>
  );
}
