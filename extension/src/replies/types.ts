import type { ReplyUse } from '@vigil/shared/schemas/reply-use';
import type { FlushResult } from './use-queue.ts';
import type { SuggestionView } from './suggest.ts';

// What the side panel, the background and the content script say to each other about replies (issue 5); the
// message names are in messaging.ts.

export interface SuggestRequest {
  tabId: number;
  /** The unit's key in `tab:<tabId>`. */
  key: string;
}

export interface SuggestResponse {
  suggestions: SuggestionView[];
  /** Where the approved set came from: the API just now, the cache (offline or recent), or none yet. */
  source: 'api' | 'cache' | 'none';
  syncedAt?: string;
  /** The last sync failed: suggestions come from the replies synced before (shown as an offline notice). */
  offline?: boolean;
}

export type UseRequest = ReplyUse;
export type UseResponse = FlushResult;

export interface InsertRequest {
  key: string;
  text: string;
}

/** Why no text went in: the unit left the page, no box opened, a login wall stands instead, or the platform has none. */
export type InsertFailure = 'gone' | 'noBox' | 'loginWall' | 'noReplyBox';

export interface InsertResponse {
  inserted: boolean;
  /** Why not, as a code the side panel words in its language (issue 14). */
  code?: InsertFailure;
  /** Why not, zh-CN first / English second (logs, and panels that do not know the code). */
  reason?: string;
}
