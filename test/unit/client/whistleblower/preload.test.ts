// Loading what a report needs early (services/load-services.ts): the agency directory asked for
// beside the crypto and used once by the agency list, which still checks every agency; the idle
// preload of the landing page, with and without requestIdleCallback, silent on failure.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROUTES } from '../../../../api/index';
import { ready } from '../../../../crypto/index';
import { loadAgencies } from '../../../../client/whistleblower/services/agencies';
import {
  DIRECTORY_PATH,
  EARLY_DIRECTORY_MAX_AGE_MS,
  IDLE_TIMEOUT_MS,
  NO_IDLE_CALLBACK_DELAY_MS,
  loadFlows,
  loadedFlows,
  prefetchDirectory,
  preloadWhenIdle,
  takeEarlyDirectory,
  type IdleScheduler,
} from '../../../../client/whistleblower/services/load-services';
import { FlowLoader } from '../../../../client/whistleblower/components/FlowLoader';
import { englishI18n, withI18n } from '../intake/i18n';
import { FakeTipLine } from './fake-tip-line';

let line: FakeTipLine;
const directoryRequests = (): number => line.sent.filter((request) => request.url === ROUTES.directory.url).length;

beforeAll(async () => {
  await ready();
});

beforeEach(async () => {
  line = new FakeTipLine();
  vi.stubGlobal('fetch', line.fetch);
  // Nothing left over from another test.
  await takeEarlyDirectory();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the agency directory, asked for early', () => {
  it('asks the route of the API table, as apiRequest would: no credentials, no cache, no referrer', async () => {
    expect(DIRECTORY_PATH).toBe(ROUTES.directory.url);
    expect(ROUTES.directory.method).toBe('GET');
    const calls: RequestInit[] = [];
    vi.stubGlobal('fetch', (input: string, init: RequestInit) => {
      calls.push(init);
      return line.fetch(input, init);
    });
    prefetchDirectory();
    prefetchDirectory();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
    expect(new Headers(calls[0]?.headers).get('accept')).toBe('application/json');
  });

  it('is used once by the agency list, every agency still checked; the next list asks again', async () => {
    line.addAgency('Lake Region Unit', 2);
    const bad = line.addAgency('Border Unit');
    line.substituteBoxKey(bad);
    prefetchDirectory();
    expect(directoryRequests()).toBe(1);
    const options = await loadAgencies(line.rootPublicKey);
    expect(directoryRequests()).toBe(1);
    expect(options.map((option) => [option.name, option.trusted !== null])).toEqual([
      ['Lake Region Unit', true],
      ['Border Unit', false],
    ]);
    await loadAgencies(line.rootPublicKey);
    expect(directoryRequests()).toBe(2);
  });

  it('is dropped when it failed or is malformed: the list asks the server again', async () => {
    line.addAgency('Lake Region Unit');
    line.interceptions.set(ROUTES.directory, () => Promise.reject(new TypeError('network')));
    prefetchDirectory();
    const afterFailure = await loadAgencies(line.rootPublicKey);
    expect(afterFailure.map((option) => option.name)).toEqual(['Lake Region Unit']);
    expect(directoryRequests()).toBe(2);

    line.interceptions.set(ROUTES.directory, async () => new Response(JSON.stringify({ agencies: 'none' }), { status: 200, headers: { 'content-type': 'application/json' } }));
    prefetchDirectory();
    const afterMalformed = await loadAgencies(line.rootPublicKey);
    expect(afterMalformed.map((option) => option.name)).toEqual(['Lake Region Unit']);
    expect(directoryRequests()).toBe(4);

    line.interceptions.set(ROUTES.directory, async () => new Response('{}', { status: 503 }));
    prefetchDirectory();
    await expect(takeEarlyDirectory()).resolves.toBeUndefined();
  });

  it('is dropped when it is too old, and asked for again by a later prefetch', async () => {
    line.addAgency('Lake Region Unit');
    prefetchDirectory(1_000);
    await expect(takeEarlyDirectory(1_000 + EARLY_DIRECTORY_MAX_AGE_MS)).resolves.toBeUndefined();
    prefetchDirectory(1_000);
    prefetchDirectory(1_000 + EARLY_DIRECTORY_MAX_AGE_MS);
    expect(directoryRequests()).toBe(3);
    await expect(takeEarlyDirectory(1_000 + EARLY_DIRECTORY_MAX_AGE_MS + 1)).resolves.toMatchObject({ agencies: [{ name: 'Lake Region Unit' }] });
    await expect(takeEarlyDirectory()).resolves.toBeUndefined();
  });
});

describe('preloadWhenIdle', () => {
  function idleScheduler() {
    const idle: { callback: () => void; timeout: number | undefined }[] = [];
    const cancelled: number[] = [];
    const scheduler: IdleScheduler = {
      requestIdleCallback: (callback, options) => idle.push({ callback, timeout: options?.timeout }),
      cancelIdleCallback: (handle) => cancelled.push(handle),
      setTimeout: () => {
        throw new Error('no timer when requestIdleCallback exists');
      },
      clearTimeout: () => undefined,
    };
    return { idle, cancelled, scheduler };
  }

  it('waits for the browser to be idle (at most a moment), then preloads once', () => {
    const { idle, scheduler } = idleScheduler();
    const preload = vi.fn();
    preloadWhenIdle(scheduler, preload);
    expect(preload).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    expect(idle[0]?.timeout).toBe(IDLE_TIMEOUT_MS);
    idle[0]?.callback();
    idle[0]?.callback();
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled (the page left the landing screen)', () => {
    const { idle, cancelled, scheduler } = idleScheduler();
    const preload = vi.fn();
    const cancel = preloadWhenIdle(scheduler, preload);
    cancel();
    expect(cancelled).toEqual([1]);
    idle[0]?.callback();
    expect(preload).not.toHaveBeenCalled();
  });

  it('uses a short timer where requestIdleCallback is missing', () => {
    const timers: { callback: () => void; ms: number }[] = [];
    const cleared: unknown[] = [];
    const scheduler: IdleScheduler = {
      setTimeout: (callback, ms) => timers.push({ callback, ms }),
      clearTimeout: (handle) => cleared.push(handle),
    };
    const preload = vi.fn();
    preloadWhenIdle(scheduler, preload);
    expect(timers.map((timer) => timer.ms)).toEqual([NO_IDLE_CALLBACK_DELAY_MS]);
    timers[0]?.callback();
    expect(preload).toHaveBeenCalledTimes(1);
    const cancel = preloadWhenIdle(scheduler, preload);
    cancel();
    expect(cleared).toEqual([2]);
    timers[1]?.callback();
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('is silent when preloading fails', () => {
    const { idle, scheduler } = idleScheduler();
    preloadWhenIdle(scheduler, () => {
      throw new Error('offline');
    });
    expect(() => idle[0]?.callback()).not.toThrow();
  });
});

describe('the screens after the landing page', () => {
  it('show a loading line until their chunk has come, then at once', async () => {
    const i18next = await englishI18n();
    const render = (): string =>
      renderToStaticMarkup(withI18n(i18next, createElement(FlowLoader, { children: (flows) => createElement('p', { id: 'loaded' }, typeof flows.ReportFlow) })));
    expect(loadedFlows()).toBeUndefined();
    const loading = render();
    expect(loading).toContain('role="status"');
    expect(loading).toContain('Loading… On Tor this can take a few seconds.');
    expect(loading).not.toContain('id="loaded"');
    const flows = await loadFlows();
    expect(typeof flows.ReportFlow).toBe('function');
    expect(typeof flows.ReturnFlow).toBe('function');
    expect(loadedFlows()).toBe(flows);
    expect(render()).toBe('<p id="loaded">function</p>');
  });
});
