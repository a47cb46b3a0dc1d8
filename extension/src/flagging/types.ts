import type { PageRead, PageStatus } from '../storage.ts';
import type { Analysis } from '@vigil/shared/engine/types';
import type { RulePack } from '@vigil/shared/schemas/rules';
import type { UnitRecord } from '../sites/types.ts';

// What the flagging content script and the background say to each other (issue 4); the message names are in
// messaging.ts. Only units that mention a brand cross over: the rest of the page never leaves the content script.

export interface PackInfo {
  version: string;
  pack: RulePack;
  /** api: fresh from GET /api/rules/pack; cache: the last one fetched; demo: the bundled demo pack (not configured). */
  source: 'api' | 'cache' | 'demo';
  syncedAt?: string;
}

export interface FlagRequest {
  url: string;
  units: UnitRecord[];
  /** What the page has read, when it changed since last told: rides on the units instead of a `flag:read` (issue 15). */
  read?: PageRead;
}

/** `own`: written by one of the brand's own accounts (issue 13 item 2): listed apart, never scored or uploaded. */
export type FlagResult = Pick<Analysis, 'mentions' | 'sentiment' | 'level' | 'reasons' | 'own'>;

export interface FlagResponse {
  /** By unit key. */
  results: Record<string, FlagResult>;
}

export interface ResetRequest {
  url: string;
  /** zh-CN first: the page asks the user to log in (shown in the side panel). */
  loginWall?: string;
  /** The platform's removal page, when the adapter recognises one (issue 14; legal's takedown re-checks read it). */
  pageStatus?: PageStatus;
  /** What the page's first scan read (the scan comes first, so the reset says it: one message fewer, issue 15). */
  read?: PageRead;
}

/** What a page's flagging script has read so far (issue 12), kept in `tab:<tabId>.read`. */
export interface ReadRequest extends PageRead {
  url: string;
}
