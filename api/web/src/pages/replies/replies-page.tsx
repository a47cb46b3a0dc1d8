import type { Role } from '@vigil/shared/schemas/common';
import { onLinkClick, path } from '../../router.ts';
import { ApprovedList } from './approved-list.tsx';
import { LibraryList } from './library-list.tsx';
import type { RepliesModel } from './model.ts';
import { ReplyDetailView } from './reply-detail.tsx';
import { ReplyEditor } from './reply-editor.tsx';
import './replies.css';
import { ReviewQueue } from './review-queue.tsx';
import { rt } from './text.ts';

/**
 * /replies (library), /replies/review, /replies/new, /replies/:id, /replies/:id/edit. Staff only ever see the
 * approved set; the library is for PR leads, legal and admins.
 */
export function RepliesPage({ model, role }: { model: RepliesModel; role: Role }) {
  const [first, second] = path.value.replace(/^\/replies\/?/, '').split('/').filter(Boolean);
  const lead = role === 'pr_lead' || role === 'admin';
  if (role === 'staff') {
    return (
      <section class="replies" data-testid="replies-page">
        <h2>{rt('title')}</h2>
        <ApprovedList model={model} />
      </section>
    );
  }
  const tab = first === 'review' ? 'review' : first === 'new' ? 'new' : first ? 'reply' : 'library';
  const link = (href: string, id: string, label: string) => (
    <a href={href} onClick={onLinkClick} data-testid={`replies-tab-${id}`} aria-current={tab === id ? 'page' : undefined}>{label}</a>
  );
  return (
    <section class="replies" data-testid="replies-page">
      <h2>{rt('title')}</h2>
      <nav class="subnav">
        {link('/replies', 'library', rt('library'))}
        {link('/replies/review', 'review', rt('review'))}
        {lead && link('/replies/new', 'new', rt('new'))}
      </nav>
      {tab === 'library' && <LibraryList model={model} />}
      {tab === 'review' && <ReviewQueue model={model} role={role} />}
      {tab === 'new' && lead && <ReplyEditor model={model} />}
      {tab === 'reply' && first && (second === 'edit' && lead ? <ReplyEditor model={model} replyId={first} /> : <ReplyDetailView model={model} id={first} role={role} />)}
    </section>
  );
}
