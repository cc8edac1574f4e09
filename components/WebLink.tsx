import { isWebUrl } from '../lib/model/web-url';

/**
 * A lead's address as a link, only when it is a web address. The schemas already refuse anything
 * else; this is the second check, at the one place a click could run it.
 */
export function WebLink(props: { url: string }) {
  if (!isWebUrl(props.url)) return <span class="muted">{props.url}</span>;
  return (
    <a href={props.url} target="_blank" rel="noreferrer noopener">
      {props.url}
    </a>
  );
}
