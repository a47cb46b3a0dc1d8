/**
 * Chrome's own MHTML of the live tab (issue 6): the DOM as the browser holds it now, no reload, no re-fetch.
 * Reading the returned blob fails with NotFoundError on about half of the first calls after the browser starts
 * (notes/toolchain.md), so the whole call is retried.
 */
export async function saveMhtml(tabId: number, attempts = 4): Promise<Blob> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const blob = await chrome.pageCapture.saveAsMHTML({ tabId });
      if (!blob) throw new Error('saveAsMHTML returned nothing');
      // Reading is where NotFoundError shows up: copy the bytes now, into a Blob we own.
      return new Blob([await blob.arrayBuffer()], { type: 'multipart/related' });
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 150 * (i + 1)));
    }
  }
  throw last instanceof Error ? last : new Error(String(last));
}
