// Where decrypted bytes go while a download is checked. Nothing reaches the person before the
// whole file has verified: the in-memory sink offers the file only on commit(), and the disk
// sink (File System Access API, for very large files where the browser has it) writes to the
// browser's temporary file, which becomes the chosen file only on commit() and is discarded by
// abort().
import { msg } from '../i18n/message';
import { FileTransferError } from './errors';

export interface PlainSink {
  write(bytes: Uint8Array): Promise<void>;
  /** The file verified: save it, or return the preview's object URL (the caller revokes it). */
  commit(): Promise<string | null>;
  /** The file failed or was cancelled: drop everything written. */
  abort(): Promise<void>;
}

/** Bytes are folded into a Blob every this often, so the browser may keep them off the JS heap. */
const FOLD_BYTES = 16 * 1024 * 1024;
/** The download link's object URL lives this long, so the browser's save dialog can still read it. */
const SAVE_URL_LIFETIME_MS = 5 * 60 * 1000;

/** Collects the file into a Blob; on commit either offers it as a download or returns a preview URL. */
export class BlobSink implements PlainSink {
  private folded: Blob = new Blob([]);
  private parts: Uint8Array[] = [];
  private partBytes = 0;

  constructor(
    private readonly mode: 'save' | 'preview',
    /** The preview's MIME type (an allowed image type); saved files are always octet streams. */
    private readonly type: string,
    private readonly fileName: string,
  ) {}

  write(bytes: Uint8Array): Promise<void> {
    if (bytes.length === 0) return Promise.resolve();
    this.parts.push(bytes);
    this.partBytes += bytes.length;
    if (this.partBytes >= FOLD_BYTES) this.fold();
    return Promise.resolve();
  }

  /** Everything written so far (to check it before commit). */
  contents(): Blob {
    this.fold();
    return this.folded;
  }

  commit(): Promise<string | null> {
    this.fold();
    const blob = new Blob([this.folded], { type: this.mode === 'preview' ? this.type : 'application/octet-stream' });
    this.folded = new Blob([]);
    const url = URL.createObjectURL(blob);
    if (this.mode === 'preview') return Promise.resolve(url);
    const link = document.createElement('a');
    link.href = url;
    link.download = this.fileName;
    link.rel = 'noopener';
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), SAVE_URL_LIFETIME_MS);
    return Promise.resolve(null);
  }

  abort(): Promise<void> {
    this.parts = [];
    this.partBytes = 0;
    this.folded = new Blob([]);
    return Promise.resolve();
  }

  private fold(): void {
    if (this.parts.length === 0) return;
    this.folded = new Blob([this.folded, ...(this.parts as BlobPart[])]);
    this.parts = [];
    this.partBytes = 0;
  }
}

interface SaveFilePickerWindow {
  showSaveFilePicker(options: { suggestedName: string }): Promise<FileSystemFileHandle>;
}

function hasSaveFilePicker(scope: unknown): scope is SaveFilePickerWindow {
  return typeof scope === 'object' && scope !== null && typeof (scope as Partial<SaveFilePickerWindow>).showSaveFilePicker === 'function';
}

/** True where files can be streamed to disk (Chromium-based browsers; not Firefox or Tor Browser). */
export function canStreamToDisk(): boolean {
  return hasSaveFilePicker(globalThis);
}

/**
 * Streams to a file the person picks. Must be created while handling their click (the picker
 * needs it); the picker opens at once, before anything is downloaded.
 */
export class DiskSink implements PlainSink {
  private readonly writable: Promise<FileSystemWritableFileStream>;

  constructor(fileName: string) {
    const scope: unknown = globalThis;
    if (!hasSaveFilePicker(scope)) throw new FileTransferError('unsupported', msg('common:download.noDiskSave'));
    this.writable = scope.showSaveFilePicker({ suggestedName: fileName }).then(
      (handle) => handle.createWritable(),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') {
          throw new FileTransferError('cancelled', msg('common:download.dialogClosed'));
        }
        throw new FileTransferError('save_failed', msg('common:download.saveRefused'));
      },
    );
    // Reported through the first write() or commit().
    this.writable.catch(() => undefined);
  }

  /** Resolves once the person chose where to save (rejects with 'cancelled' if they closed the dialog). */
  ready(): Promise<void> {
    return this.writable.then(() => undefined);
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (bytes.length === 0) return;
    const writable = await this.writable;
    try {
      await writable.write(bytes as BufferSource);
    } catch {
      throw new FileTransferError('save_failed', msg('common:download.writeFailed'));
    }
  }

  async commit(): Promise<string | null> {
    const writable = await this.writable;
    try {
      await writable.close();
    } catch {
      throw new FileTransferError('save_failed', msg('common:download.writeFailed'));
    }
    return null;
  }

  async abort(): Promise<void> {
    try {
      const writable = await this.writable;
      await writable.abort();
    } catch {
      // Nothing was opened, or it is already closed: there is nothing to discard.
    }
  }
}
