import { Markdown } from '../../../ui/Markdown';
import { renderMentions } from '../mentions';

/** A post's markdown, with mentions shown as "@Name", sanitised like every user content. */
export function PostBody({ body }: { body: string }) {
  return <Markdown className="markdown prose post__body">{renderMentions(body)}</Markdown>;
}
