// The pure parts of the file pipeline people see: limits refused in the browser with plain
// reasons, sizes and times in words, and the smoothed speed and time left under progress bars.
import { beforeAll, describe, expect, it } from 'vitest';
import { ready } from '../../../../../crypto/index';
import { encryptedFileSize } from '../../../../../crypto/index';
import { checkFileAgainstLimits, describeLimits } from '../../../../../client/shared/files/limits';
import { formatBytes, formatSpeed, formatTimeLeft, percentOf } from '../../../../../client/shared/files/format';
import { ProgressMeter, ProgressReporter, describeProgress } from '../../../../../client/shared/files/progress';
import type { TransferProgress } from '../../../../../client/shared/files/types';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const limits = { maxFileBytes: 2 * GiB };

beforeAll(async () => {
  await ready();
});

describe('checkFileAgainstLimits', () => {
  const roomy = { usedBytes: 0, limitBytes: 10 * GiB };

  it('accepts a file within the per-file limit and the quota', () => {
    expect(checkFileAgainstLimits({ name: 'photo.jpg', size: 3 * MiB }, limits, roomy, [])).toEqual({ ok: true });
    expect(checkFileAgainstLimits({ name: 'exact.bin', size: 2 * GiB }, limits, roomy, [])).toEqual({ ok: true });
  });

  it('refuses a file over the per-file limit, naming both sizes in words', () => {
    const check = checkFileAgainstLimits({ name: 'video.mp4', size: 2 * GiB + 1 }, limits, roomy, []);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason).toBe('“video.mp4” is too large to send: it is 2 GB, and each file can be at most 2 GB.');
    const bigger = checkFileAgainstLimits({ name: 'video.mp4', size: 3 * GiB }, limits, roomy, []);
    expect(bigger.ok ? '' : bigger.reason).toContain('it is 3 GB');
  });

  it('counts the case quota in stored (encrypted) bytes, including files already chosen', () => {
    const quota = { usedBytes: 0, limitBytes: encryptedFileSize(5 * MiB) + encryptedFileSize(5 * MiB) };
    const chosen = [{ size: 5 * MiB }];
    expect(checkFileAgainstLimits({ name: 'b.jpg', size: 5 * MiB }, limits, quota, chosen)).toEqual({ ok: true });
    const over = checkFileAgainstLimits({ name: 'c.jpg', size: 6 * MiB }, limits, quota, chosen);
    expect(over.ok).toBe(false);
    expect(over.ok ? '' : over.reason).toMatch(/^“c\.jpg” does not fit: this case can hold .* of files in all, and only .* is left\.$/);
  });

  it('counts what the case already stores', () => {
    const nearlyFull = { usedBytes: 10 * GiB - 1000, limitBytes: 10 * GiB };
    expect(checkFileAgainstLimits({ name: 'a.txt', size: 10 }, limits, nearlyFull, []).ok).toBe(false);
  });

  it('refuses a 21st file and a size the browser does not report', () => {
    const twenty = Array.from({ length: 20 }, () => ({ size: 1 }));
    expect(checkFileAgainstLimits({ name: 'x', size: 1 }, limits, roomy, twenty)).toEqual({
      ok: false,
      reason: '“x” was not added: you can send at most 20 files at a time.',
    });
    expect(checkFileAgainstLimits({ name: 'x', size: Number.NaN }, limits, roomy, []).ok).toBe(false);
    expect(checkFileAgainstLimits({ name: 'x', size: -1 }, limits, roomy, []).ok).toBe(false);
  });

  it('describes the limits before anything is chosen', () => {
    expect(describeLimits(limits, { usedBytes: 0, limitBytes: 10 * GiB })).toBe(
      'Up to 2 GB per file, 10 GB in all for this case. At most 20 files at a time.',
    );
    expect(describeLimits(limits, { usedBytes: 4 * GiB, limitBytes: 10 * GiB })).toBe(
      'Up to 2 GB per file, 6 GB left of the 10 GB this case can hold. At most 20 files at a time.',
    );
  });
});

describe('words for sizes, speeds and times', () => {
  it('formats sizes', () => {
    expect([0, 1, 512, 1536, 14 * 1024, 1.5 * MiB, 2 * GiB].map(formatBytes)).toEqual([
      '0 bytes',
      '1 byte',
      '512 bytes',
      '1.5 KB',
      '14 KB',
      '1.5 MB',
      '2 GB',
    ]);
    expect(formatBytes(-1)).toBe('unknown size');
    expect(formatSpeed(1.2 * MiB)).toBe('1.2 MB/s');
  });

  it('formats time left', () => {
    expect([3, 45, 61, 150, 3600, 4800, 90_000].map(formatTimeLeft)).toEqual([
      'a few seconds left',
      'less than a minute left',
      'about 1 minute left',
      'about 3 minutes left',
      'about 1 hour left',
      'about 1 hour 20 minutes left',
      'more than a day left',
    ]);
  });

  it('never shows 100% before the end', () => {
    expect(percentOf(999, 1000)).toBe(99);
    expect(percentOf(1000, 1000)).toBe(100);
    expect(percentOf(0, 0)).toBe(100);
  });
});

describe('ProgressMeter', () => {
  it('knows no speed before it has measured for a while', () => {
    const meter = new ProgressMeter(100 * MiB);
    meter.sample(0, 0);
    meter.sample(MiB, 1000);
    expect(meter.bytesPerSecond()).toBeNull();
    expect(meter.secondsLeft(MiB)).toBeNull();
    meter.sample(2 * MiB, 2000);
    expect(meter.bytesPerSecond()).toBeCloseTo(MiB, -3);
  });

  it('smooths a sudden change instead of jumping to it, and estimates the time left', () => {
    const meter = new ProgressMeter(100 * MiB);
    let bytes = 0;
    for (let t = 0; t <= 20_000; t += 1000) {
      meter.sample(bytes, t);
      bytes += MiB;
    }
    const steady = meter.bytesPerSecond() ?? 0;
    expect(steady).toBeGreaterThan(0.95 * MiB);
    expect(steady).toBeLessThan(1.05 * MiB);
    // The speed quadruples for one second: the shown speed moves, but far less than 4x.
    bytes += 3 * MiB;
    meter.sample(bytes, 21_000);
    const after = meter.bytesPerSecond() ?? 0;
    expect(after).toBeGreaterThan(steady);
    expect(after).toBeLessThan(2 * MiB);
    const left = meter.secondsLeft(bytes) ?? 0;
    expect(left).toBeGreaterThan((100 * MiB - bytes) / (2 * MiB));
    expect(left).toBeLessThan((100 * MiB - bytes) / steady);
  });

  it('has no time left estimate while nothing moves', () => {
    const meter = new ProgressMeter(10);
    meter.sample(0, 0);
    meter.sample(0, 5000);
    expect(meter.bytesPerSecond()).toBe(0);
    expect(meter.secondsLeft(0)).toBeNull();
  });
});

describe('ProgressReporter', () => {
  it('reports at most every 250 ms, but always phase changes and the end', () => {
    let now = 0;
    const reports: TransferProgress[] = [];
    const reporter = new ProgressReporter(1000, (progress) => reports.push(progress), () => now);
    reporter.update('encrypting', 0);
    now = 100;
    reporter.update('encrypting', 10);
    now = 200;
    reporter.update('uploading', 20);
    now = 300;
    reporter.update('uploading', 30);
    now = 460;
    reporter.update('uploading', 40);
    now = 470;
    reporter.update('done', 40);
    expect(reports.map((r) => [r.phase, r.bytesDone])).toEqual([
      ['encrypting', 0],
      ['uploading', 20],
      ['uploading', 40],
      ['done', 1000],
    ]);
  });

  it('keeps a retry message and clamps bytes to the total', () => {
    const reports: TransferProgress[] = [];
    const reporter = new ProgressReporter(100, (progress) => reports.push(progress), () => 0);
    reporter.update('retrying', 500, 'Trying again…');
    expect(reports[0]).toEqual({ phase: 'retrying', bytesDone: 100, bytesTotal: 100, bytesPerSecond: null, secondsLeft: null, message: 'Trying again…' });
  });
});

describe('describeProgress', () => {
  const base = { bytesDone: 45, bytesTotal: 100, bytesPerSecond: null, secondsLeft: null } as const;

  it('gives percent, speed and time left while moving', () => {
    expect(describeProgress({ ...base, phase: 'uploading', bytesPerSecond: 1.2 * MiB, secondsLeft: 125 }, 'upload')).toBe(
      'Uploading: 45% · 1.2 MB/s · about 2 minutes left',
    );
    expect(describeProgress({ ...base, phase: 'encrypting' }, 'upload')).toBe('Encrypting: 45%');
    expect(describeProgress({ ...base, phase: 'uploading' }, 'download')).toBe('Downloading: 45%');
  });

  it('has plain words for the other phases', () => {
    expect(describeProgress({ ...base, phase: 'waiting' }, 'upload')).toBe('Waiting to be sent.');
    expect(describeProgress({ ...base, phase: 'done' }, 'upload')).toBe('Sent: 100%');
    expect(describeProgress({ ...base, phase: 'cancelled' }, 'upload')).toBe('Cancelled.');
    expect(describeProgress({ ...base, phase: 'failed', message: 'It broke.' }, 'upload')).toBe('It broke.');
    expect(describeProgress({ ...base, phase: 'retrying' }, 'upload')).toBe('The connection was interrupted. Trying again…');
  });
});
