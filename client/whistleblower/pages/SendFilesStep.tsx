// After the tip has gone: opens the new case with its keys, sends the chosen evidence files one
// by one (progress, Cancel, Retry), then attaches those that arrived with one signed files
// message. Whatever happens, it ends with onFinished and the names of files that did not arrive,
// so the person always gets their case code. The keys are wiped when this step ends.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseKeys } from '../../../crypto/index';
import type { FileToSend } from '../../shared/files/types';
import type { QueuedUpload, UploadQueue } from '../../shared/files/upload-queue';
import { Progress } from '../components/Progress';
import { ScreenHeading } from '../components/ScreenHeading';
import { UploadList } from '../components/UploadList';
import { listNames } from '../logic/evidence';
import type { CaseConnection } from '../services/crypto-services';
import { failureMessage } from '../services/errors';
import { loadServices } from '../services/load-services';

export interface SendFilesStepProps {
  readonly keys: CaseKeys;
  readonly files: readonly { readonly id: string; readonly file: FileToSend }[];
  readonly rootPublicKey: string;
  /** Called once: the names of the files that did not arrive (empty when all did). */
  readonly onFinished: (missing: readonly string[]) => void;
}

function copyKeys(keys: CaseKeys): CaseKeys {
  return {
    caseId: keys.caseId.slice(),
    signing: { publicKey: keys.signing.publicKey.slice(), secretKey: keys.signing.secretKey.slice() },
    box: { publicKey: keys.box.publicKey.slice(), secretKey: keys.box.secretKey.slice() },
  };
}

function wipeKeys(keys: CaseKeys): void {
  keys.signing.secretKey.fill(0);
  keys.box.secretKey.fill(0);
}

type Stage =
  | { readonly kind: 'opening' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'choose' }
  | { readonly kind: 'attaching' }
  | { readonly kind: 'problem'; readonly message: string; readonly retry: 'open' | 'attach' };

export function SendFilesStep({ keys, files, rootPublicKey, onFinished }: SendFilesStepProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'opening' });
  const [items, setItems] = useState<readonly QueuedUpload[]>([]);
  const connection = useRef<CaseConnection | null>(null);
  const queue = useRef<UploadQueue | null>(null);
  const finished = useRef(false);
  const started = useRef(false);

  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;
  const finish = useCallback((missing: readonly string[]) => {
    if (finished.current) return;
    finished.current = true;
    queue.current?.dispose();
    connection.current?.close();
    wipeKeys(keys);
    onFinishedRef.current(missing);
  }, [keys]);

  const attach = useCallback(async () => {
    const current = queue.current;
    const open = connection.current;
    if (current === null || open === null) return;
    const entries = current.entries;
    const missing = current.items.filter((item) => item.entry === null).map((item) => item.name);
    if (entries.length === 0) {
      finish(missing);
      return;
    }
    setStage({ kind: 'attaching' });
    try {
      const services = await loadServices();
      await open.sendFiles(services.buildFilesContent(entries), 'relink');
      finish(missing);
    } catch (error) {
      setStage({ kind: 'problem', message: failureMessage(error), retry: 'attach' });
    }
  }, [finish]);

  const afterUploads = useCallback(async () => {
    const current = queue.current;
    if (current === null || finished.current) return;
    if (current.allArrived) await attach();
    else setStage({ kind: 'choose' });
  }, [attach]);

  const begin = useCallback(async () => {
    setStage({ kind: 'opening' });
    try {
      const services = await loadServices();
      if (connection.current === null) {
        // The connection takes a copy of the keys over (and wipes it when closed, or on failure).
        const opened = await services.openCaseWithKeys(copyKeys(keys), rootPublicKey);
        if (finished.current) {
          opened.connection.close();
          return;
        }
        connection.current = opened.connection;
      }
      const open = connection.current;
      queue.current ??= new services.UploadQueue(services.startUpload, open.uploadTarget(), files, setItems);
      setItems(queue.current.items);
      setStage({ kind: 'sending' });
      await queue.current.run();
      await afterUploads();
    } catch (error) {
      setStage({ kind: 'problem', message: failureMessage(error), retry: 'open' });
    }
  }, [afterUploads, files, keys, rootPublicKey]);

  // Starts once. If the page goes away mid-way, the uploads stop and the keys are wiped; the
  // teardown waits a moment so that React's development double-mount does not trigger it.
  const teardown = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (teardown.current !== null) clearTimeout(teardown.current);
    teardown.current = null;
    if (!started.current) {
      started.current = true;
      void begin();
    }
    return () => {
      teardown.current = setTimeout(() => {
        finished.current = true;
        queue.current?.dispose();
        connection.current?.close();
        wipeKeys(keys);
      }, 0);
    };
  }, [begin, keys]);

  // When the files need the person (some failed, or attaching failed), bring focus to the choice.
  useEffect(() => {
    if (stage.kind === 'choose' || stage.kind === 'problem') document.getElementById('files-problem')?.focus();
  }, [stage.kind]);

  const retryFile = (id: string): void => {
    const current = queue.current;
    if (current === null) return;
    setStage({ kind: 'sending' });
    void current.retry(id).then(afterUploads);
  };

  const missingNames = items.filter((item) => item.entry === null && (item.progress.phase === 'failed' || item.progress.phase === 'cancelled')).map((item) => item.name);
  const allNames = files.map((file) => file.file.name);

  return (
    <>
      <ScreenHeading>Sending your files</ScreenHeading>
      <p className="success">Your report was encrypted and sent.</p>
      <p>
        Your files are now encrypted in this browser and sent one after another. Keep this page open until they are done.
        On Tor this can take a while. Your case code comes next.
      </p>
      {stage.kind === 'opening' ? <Progress text="Preparing to send your files…" /> : null}
      {items.length === 0 ? null : <UploadList items={items} canRetry={stage.kind === 'choose' || stage.kind === 'sending'} onCancel={(id) => queue.current?.cancel(id)} onRetry={retryFile} />}
      {stage.kind === 'attaching' ? <Progress text="Adding the files to your report…" /> : null}
      {stage.kind === 'choose' ? (
        <div className="problem" role="alert" id="files-problem" tabIndex={-1}>
          <p>
            {missingNames.length === 1 ? 'This file was not sent: ' : 'These files were not sent: '}
            {listNames(missingNames)}.
          </p>
          <p>Press Retry next to a file to try again, or continue without it: you can add files later from your case page, with your case code.</p>
          <div className="actions">
            <button type="button" onClick={() => void attach()}>
              Continue without these files
            </button>
          </div>
        </div>
      ) : null}
      {stage.kind === 'problem' ? (
        <div className="problem" role="alert" id="files-problem" tabIndex={-1}>
          <p>{stage.message}</p>
          <p>You can try again, or continue without the files: you can add them later from your case page, with your case code.</p>
          <div className="actions">
            <button type="button" onClick={() => void (stage.retry === 'open' ? begin() : attach())}>
              Try again
            </button>
            <button type="button" onClick={() => finish(allNames)}>
              Continue without the files
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
