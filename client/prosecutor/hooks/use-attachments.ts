// The files a prosecutor attaches to a reply: chosen and checked against the limits, then
// uploaded one after another with progress when the reply is sent. A file that reached the
// server is remembered until the files message is sent, so sending again after a failure (or
// after the case moved on) does not upload it twice. Leaving the page stops any upload.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileManifestEntryV1 } from '../../../api/index';
import { limitRefusal } from '../../shared/files/index';
import { msg, type Message } from '../../shared/i18n/message';
import type { TransferProgress, UploadHandle } from '../../shared/files/types';
import { fileErrorText, isCancelled, uploadCaseFile } from '../services/case-files';
import type { OpenedCase } from '../services/case-view';
import { UserFacingError } from '../services/describe-error';

export interface Attachment {
  /** Stable within this page, for lists and actions. */
  readonly key: number;
  readonly file: File;
  /** The latest progress while uploading or after it finished, null before. */
  readonly progress: TransferProgress | null;
  /** Set once the server holds the whole file: its manifest entry. */
  readonly entry: FileManifestEntryV1 | null;
  /** Why its upload failed, in plain words. */
  readonly error: Message | null;
}

export interface AttachmentLimits {
  /** Largest file, null while the limits are unknown (the server checks anyway). */
  readonly maxFileBytes: number | null;
  readonly quota: { readonly usedBytes: number; readonly limitBytes: number };
}

export interface Attachments {
  readonly list: readonly Attachment[];
  /** Why chosen files were not added, one sentence each. */
  readonly refused: readonly Message[];
  readonly uploading: boolean;
  add(files: readonly File[], limits: AttachmentLimits): void;
  remove(key: number): void;
  /** Stops this file's upload (or keeps it from starting) and leaves it out of the message. */
  cancel(key: number): void;
  clear(): void;
  /**
   * Uploads every attached file not yet on the server, one at a time. Resolves with the entries
   * of all files still attached (cancelled ones are dropped); rejects with a UserFacingError
   * naming the first file that failed, whose row then says why.
   */
  uploadAll(opened: Pick<OpenedCase, 'caseIdBytes'>): Promise<FileManifestEntryV1[]>;
}

const LEFT = msg('prosecutor:reply.left');

export function useAttachments(): Attachments {
  const [list, setList] = useState<readonly Attachment[]>([]);
  const [refused, setRefused] = useState<readonly Message[]>([]);
  const [uploading, setUploading] = useState(false);
  const current = useRef<readonly Attachment[]>([]);
  const nextKey = useRef(1);
  const handles = useRef(new Map<number, UploadHandle>());
  const cancelled = useRef(new Set<number>());

  const publish = useCallback((next: readonly Attachment[]) => {
    current.current = next;
    setList(next);
  }, []);

  const update = useCallback(
    (key: number, change: Partial<Omit<Attachment, 'key' | 'file'>>) => {
      publish(current.current.map((item) => (item.key === key ? { ...item, ...change } : item)));
    },
    [publish],
  );

  const drop = useCallback(
    (key: number) => {
      publish(current.current.filter((item) => item.key !== key));
    },
    [publish],
  );

  // Leaving the page stops the uploads, and uploadAll then refuses to go on.
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    const running = handles.current;
    return () => {
      alive.current = false;
      for (const handle of running.values()) handle.cancel();
      running.clear();
    };
  }, []);

  const add = useCallback(
    (files: readonly File[], limits: AttachmentLimits) => {
      const reasons: Message[] = [];
      const added: Attachment[] = [];
      for (const file of files) {
        const chosen = [...current.current, ...added].filter((item) => item.entry === null).map((item) => item.file);
        const refusal = limitRefusal(file, { maxFileBytes: limits.maxFileBytes ?? Number.MAX_SAFE_INTEGER }, limits.quota, chosen);
        if (refusal !== null) {
          reasons.push(refusal);
          continue;
        }
        added.push({ key: nextKey.current++, file, progress: null, entry: null, error: null });
      }
      setRefused(reasons);
      if (added.length > 0) publish([...current.current, ...added]);
    },
    [publish],
  );

  const remove = useCallback(
    (key: number) => {
      if (handles.current.has(key)) return;
      drop(key);
      setRefused([]);
    },
    [drop],
  );

  const cancel = useCallback(
    (key: number) => {
      const handle = handles.current.get(key);
      cancelled.current.add(key);
      if (handle !== undefined) {
        handle.cancel();
        return;
      }
      cancelled.current.delete(key);
      drop(key);
    },
    [drop],
  );

  const clear = useCallback(() => {
    publish([]);
    setRefused([]);
  }, [publish]);

  const uploadAll = useCallback(
    async (opened: Pick<OpenedCase, 'caseIdBytes'>): Promise<FileManifestEntryV1[]> => {
      setUploading(true);
      try {
        for (const { key } of current.current) {
          const item = current.current.find((candidate) => candidate.key === key);
          if (!alive.current) throw new UserFacingError(LEFT);
          if (item === undefined || item.entry !== null || cancelled.current.has(key)) continue;
          update(key, { error: null, progress: null });
          let handle: UploadHandle | null = null;
          handle = uploadCaseFile(opened, item.file, (progress) => {
            if (handle !== null && handles.current.get(key) === handle) update(key, { progress });
          });
          handles.current.set(key, handle);
          try {
            const entry = await handle.done;
            update(key, { entry });
          } catch (error) {
            if (!alive.current) throw new UserFacingError(LEFT);
            if (cancelled.current.has(key) || isCancelled(error)) {
              drop(key);
              continue;
            }
            const why = fileErrorText(error, item.file.name);
            update(key, { error: why, progress: null });
            throw new UserFacingError(msg('prosecutor:reply.fileFailed', { name: item.file.name, why }));
          } finally {
            handles.current.delete(key);
            cancelled.current.delete(key);
          }
        }
        if (!alive.current) throw new UserFacingError(LEFT);
        return current.current.flatMap((item) => (item.entry === null ? [] : [item.entry]));
      } finally {
        setUploading(false);
      }
    },
    [drop, update],
  );

  return { list, refused, uploading, add, remove, cancel, clear, uploadAll };
}
