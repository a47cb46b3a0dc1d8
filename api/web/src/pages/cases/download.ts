import { ApiError, csrfHeader, ok } from '../../api.ts';

/** A GET or POST whose answer is a file: the body as a blob and the name the API gave it. */
export async function fetchFile(url: string, init: RequestInit, fallbackName: string): Promise<{ blob: Blob; name: string }> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', ...init, headers: { ...(init.headers as Record<string, string>), ...csrfHeader() } });
  } catch {
    throw new ApiError(0, 'unreachable', '无法连接服务器 / Cannot reach the server');
  }
  if (!res.ok) await ok(Promise.resolve(res));
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  return { blob: await res.blob(), name: star ? decodeURIComponent(star) : (plain ?? fallbackName) };
}
