/**
 * A minimal browser for a test identity provider's own pages (oidc-provider's development login, consent
 * and logout pages): keeps the provider's cookies, follows its redirects and fills its forms. Stops at the
 * first redirect that leaves the provider (to our callback, or after logout) and answers where it went.
 */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();
  private readonly origin: string;

  constructor(issuer: string) {
    this.origin = new URL(issuer).origin;
  }

  /** Signs in as the account (any password) and consents, or cancels at the consent page; answers our callback URL. */
  async signIn(
    authorizationUrl: string,
    login: string,
    options: { consent?: boolean } = {},
  ): Promise<string> {
    let step = await this.navigate(authorizationUrl);
    for (let i = 0; i < 5 && step.page; i += 1) {
      const { html, url } = step.page;
      if (html.includes('name="prompt" value="login"')) {
        step = await this.navigate(actionOf(html, url), { prompt: 'login', login, password: 'any-password' });
      } else if (html.includes('name="prompt" value="consent"')) {
        step =
          options.consent === false
            ? await this.navigate(new URL(linkTo(html, '/abort'), url).href)
            : await this.navigate(actionOf(html, url), { prompt: 'consent' });
      } else {
        throw new Error(`unexpected provider page at ${url}: ${html.slice(0, 300)}`);
      }
    }
    if (!step.leftTo) throw new Error('the provider did not send the browser back');
    return step.leftTo;
  }

  /** Opens the provider's end-session address and confirms; answers where the provider sends the browser. */
  async endSession(url: string): Promise<string | undefined> {
    const step = await this.navigate(url);
    if (!step.page) return step.leftTo;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(step.page.html)?.[1];
    if (!xsrf) throw new Error(`no logout form at ${step.page.url}`);
    const confirmed = await this.navigate(actionOf(step.page.html, step.page.url), { xsrf, logout: 'yes' });
    return confirmed.leftTo ?? confirmed.page?.url;
  }

  private async navigate(
    start: string,
    form?: Record<string, string>,
  ): Promise<{ leftTo?: string; page?: { url: string; html: string } }> {
    let url = start;
    let body = form ? new URLSearchParams(form).toString() : undefined;
    for (let hops = 0; hops < 20; hops += 1) {
      if (new URL(url).origin !== this.origin) return { leftTo: url };
      const response = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        redirect: 'manual',
        headers: {
          cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
        },
        body,
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const separator = pair.indexOf('=');
        const name = pair.slice(0, separator).trim();
        const value = pair.slice(separator + 1).trim();
        if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
        else this.cookies.set(name, value);
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url).href;
        body = undefined;
        continue;
      }
      const html = await response.text();
      if (!response.ok) {
        const text = html
          .replace(/<style[\s\S]*?<\/style>/g, '')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ');
        throw new Error(`provider answered ${response.status} at ${url}: ${text.slice(0, 400)}`);
      }
      return { page: { url, html } };
    }
    throw new Error('too many redirects at the provider');
  }
}

function actionOf(html: string, base: string): string {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error('no form on the provider page');
  return new URL(action.replace(/&amp;/g, '&'), base).href;
}

function linkTo(html: string, ending: string): string {
  const link = new RegExp(`href="([^"]*${ending})"`).exec(html)?.[1];
  if (!link) throw new Error(`no link to …${ending} on the provider page`);
  return link.replace(/&amp;/g, '&');
}
