import { lang } from '../i18n.ts';
import { siteFor } from '../sites/index.ts';
import { coveringHost } from '../sites/news-hosts.ts';
import { emptyReason, emptyText } from './empty-reason.ts';
import type { NewsAccessModel } from './news-access.ts';
import type { FlagPanelModel } from './panel-model.ts';

/** The side panel's empty list, always with its reason (issue 12): never a bare 此页面暂无提及品牌的内容. */
export function EmptyState({ flags, access, url, total }: { flags: FlagPanelModel; access?: NewsAccessModel; url: string; total: number }) {
  const hosts = access?.hosts.value ?? flags.pack.value?.pack.newsHosts ?? [];
  const newsHost = coveringHost(url, hosts);
  const input = {
    url, total, newsHost,
    state: flags.state.value,
    granted: newsHost !== null && (access?.granted.value.includes(newsHost) ?? false),
    platform: siteFor(url, [])?.id !== undefined,
    scan: flags.scanFailure.value,
  };
  const reason = emptyReason(input);
  const text = emptyText(reason, input, lang.value);
  return (
    <div class="empty" data-testid="units-empty" data-reason={reason}>
      <p>{text.title}</p>
      <p class="empty-reason" data-testid="units-empty-reason">{text.reason}</p>
    </div>
  );
}
