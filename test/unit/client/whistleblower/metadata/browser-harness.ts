// Runs in Chromium (bundled by Vite in decodes-in-chromium.test.ts): the metadata module as the
// whistleblower bundle loads it, and the browser's own image decoder to look at the results.
import { removeMetadata } from '../../../../../client/whistleblower/files/metadata/index';

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const value of bytes) text += String.fromCharCode(value);
  return btoa(text);
}

export interface CleanOutput {
  readonly bytes: string;
  readonly action: string;
  readonly removed: readonly string[];
  readonly warning: string | null;
}

export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  /** RGBA pixels, base64. */
  readonly pixels: string;
}

export interface MetadataHarness {
  clean(input: string, type: string): Promise<CleanOutput>;
  decode(input: string, type: string): Promise<DecodedImage>;
}

async function clean(input: string, type: string): Promise<CleanOutput> {
  const { bytes, report } = await removeMetadata(fromBase64(input), type);
  return { bytes: toBase64(bytes), action: report.action, removed: [...report.removed], warning: report.warning ?? null };
}

async function decode(input: string, type: string): Promise<DecodedImage> {
  // Orientation from EXIF is applied, as when the prosecutor views the image.
  const bitmap = await createImageBitmap(new Blob([fromBase64(input)], { type }), { imageOrientation: 'from-image' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d context');
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  return { width: bitmap.width, height: bitmap.height, pixels: toBase64(new Uint8Array(data.buffer)) };
}

declare global {
  interface Window {
    metadataHarness?: MetadataHarness;
  }
}

window.metadataHarness = { clean, decode };
