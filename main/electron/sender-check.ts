import { isAppUrl } from './app-url';

/** What the IPC handler knows about who sent a request. */
export interface SenderFacts {
  /** The sending frame's URL, or `null` when the frame is gone (navigated away or destroyed). */
  frameUrl: string | null;
  /** Whether the sending frame is its page's top frame (not an iframe). */
  isTopFrame: boolean;
  /** Whether the sending web contents belongs to one of our project windows. */
  isOurWindow: boolean;
}

/**
 * Why a request must be refused, or `null` when the sender is trusted: the top frame of one of our
 * project windows, showing a page of the app origin. Anything else (a frame the page embedded, a page
 * that got navigated elsewhere, a web contents we did not create) is refused before the payload is read.
 */
export function senderProblem(facts: SenderFacts): string | null {
  if (facts.frameUrl === null) return 'the sending frame no longer exists';
  if (!facts.isOurWindow) return 'the sender is not a Verbatim project window';
  if (!facts.isTopFrame) return 'requests from embedded frames are not accepted';
  if (!isAppUrl(facts.frameUrl)) return 'the sender is not showing the Verbatim app';
  return null;
}
