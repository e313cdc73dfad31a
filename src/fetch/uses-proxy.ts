// Whether the toolkit's proxy rules (HTTPS_PROXY or HTTP_PROXY, NO_PROXY) send requests for `url` through a
// proxy. `./lib/proxy` is in @actions/http-client's exports map, not an internal path.
import { getProxyUrl } from '@actions/http-client/lib/proxy';

export const usesProxy = (url: string): boolean => Boolean(getProxyUrl(new URL(url))?.hostname);
