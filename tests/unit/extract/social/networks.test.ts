import { describe, expect, it } from 'vitest';
import { socialProfileOf } from '../../../../lib/extract/social/networks';

describe('the social networks table', () => {
  it.each([
    [
      'https://de.linkedin.com/in/jane-doe-demo/details/experience/',
      'linkedin',
      'https://www.linkedin.com/in/jane-doe-demo/',
    ],
    ['https://twitter.com/janedoe/status/1', 'x', 'https://x.com/janedoe'],
    ['https://github.com/janedoe', 'github', 'https://github.com/janedoe'],
    ['https://gitlab.com/janedoe', 'gitlab', 'https://gitlab.com/janedoe'],
    ['https://bsky.app/profile/jane.bsky.social', 'bluesky', 'https://bsky.app/profile/jane.bsky.social'],
    ['https://fosstodon.org/@jane', 'mastodon', 'https://fosstodon.org/@jane'],
    ['https://mastodon.social/@jane/', 'mastodon', 'https://mastodon.social/@jane'],
    ['https://www.instagram.com/jane.doe/', 'instagram', 'https://www.instagram.com/jane.doe/'],
    ['https://www.facebook.com/jane.doe', 'facebook', 'https://www.facebook.com/jane.doe'],
    ['https://www.facebook.com/profile.php?id=1234', 'facebook', 'https://www.facebook.com/profile.php?id=1234'],
    ['https://www.threads.net/@jane', 'threads', 'https://www.threads.net/@jane'],
    ['https://www.tiktok.com/@jane', 'tiktok', 'https://www.tiktok.com/@jane'],
    ['https://www.youtube.com/@janedoe', 'youtube', 'https://www.youtube.com/@janedoe'],
    ['https://medium.com/@jane', 'medium', 'https://medium.com/@jane'],
    ['https://jane.medium.com/', 'medium', 'https://medium.com/@jane'],
    ['https://dev.to/jane', 'devto', 'https://dev.to/jane'],
    ['https://old.reddit.com/u/jane_doe', 'reddit', 'https://www.reddit.com/user/jane_doe'],
    ['https://stackoverflow.com/users/123/jane-doe', 'stackoverflow', 'https://stackoverflow.com/users/123/jane-doe'],
    ['https://www.xing.com/profile/Jane_Doe', 'xing', 'https://www.xing.com/profile/Jane_Doe'],
    ['https://t.me/janedoe', 'telegram', 'https://t.me/janedoe'],
    ['linkedin.com/in/jane', 'linkedin', 'https://www.linkedin.com/in/jane/'],
    // Hand-written links that mistype the scheme still name the profile plainly.
    ['hhttps://www.linkedin.com/in/jane-doe', 'linkedin', 'https://www.linkedin.com/in/jane-doe/'],
    ['htps://github.com/janedoe', 'github', 'https://github.com/janedoe'],
  ])('%s is a %s profile', (url, network, canonical) => {
    expect(socialProfileOf(url)).toMatchObject({ network, url: canonical });
  });

  it.each([
    'https://www.linkedin.com/company/acme',
    'https://x.com/intent/tweet?text=hi',
    'https://github.com/acme/widget',
    'https://www.instagram.com/p/abc123/',
    'https://www.facebook.com/sharer/sharer.php?u=x',
    'https://www.youtube.com/watch?v=abc',
    'https://medium.com/acme/some-article-1234',
    'https://dev.to/t/javascript',
    'https://www.reddit.com/r/science/comments/1/x/',
    'https://t.me/share/url?url=x',
    'https://example.com/about',
    'https://example.com/@jane/posts/1',
    'javascript:alert(1)//linkedin.com/in/jane',
    'data:text/html,https://x.com/jane',
    'vbscript:msgbox("x.com/jane")',
  ])('%s is no profile', (url) => {
    expect(socialProfileOf(url)).toBeUndefined();
  });
});
