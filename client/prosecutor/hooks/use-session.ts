import { useSyncExternalStore } from 'react';
import { getSessionState, subscribeSession } from '../session';

/** The in-memory session and, once signed out, why. */
export function useSessionState(): ReturnType<typeof getSessionState> {
  return useSyncExternalStore(subscribeSession, getSessionState, getSessionState);
}
