import type { RsvpView } from './invitation.dto';
import { InvitationErrorCode } from './invitation.exception';
import { escapeHtml } from '../common/web/public-page';
import { renderRsvpError, renderRsvpPage, renderRsvpSaved } from './rsvp-page';

const view = (overrides: Partial<RsvpView> = {}): RsvpView => ({
  locale: 'sv',
  person: { name: 'Åsa <script>alert(1)</script>' },
  meeting: {
    title: 'Möte "A" & <b>B</b>',
    status: 'confirmed',
    startAt: '2026-02-10T09:00:00.000Z',
    endAt: '2026-02-10T10:00:00.000Z',
    timeZone: 'Europe/Stockholm',
    when: 'tisdag 10 februari 2026 kl. 10:00–11:00 (svensk tid)',
    location: "Stadshuset, Skolgatan 31A; rum 'Ume'",
    videoUrl: 'javascript:alert(1)',
    organizations: ['Umeå kommun'],
    url: 'https://samverkan.example.se/meetings/x',
    agendaUrl: 'https://samverkan.example.se/meetings/x/agenda',
  },
  partstat: 'NEEDS-ACTION',
  comment: '</textarea><script>x()</script>',
  respondedAt: null,
  ...overrides,
});

describe('RSVP pages', () => {
  it('escapes every value and never links a non-http URL', () => {
    const html = renderRsvpPage(view());
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>B</b>');
    expect(html).toContain('Möte &quot;A&quot; &amp; &lt;b&gt;B&lt;/b&gt;');
    expect(html).toContain('&lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt;</textarea>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Stadshuset, Skolgatan 31A; rum &#39;Ume&#39;');
    expect(escapeHtml('a=`b`')).toBe('a&#61;&#96;b&#96;');
  });

  it('offers three answers and a comment in Swedish, posting to the same URL', () => {
    const html = renderRsvpPage(view());
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<form method="post">');
    expect(html).toContain('name="partstat" value="ACCEPTED">Jag kommer</button>');
    expect(html).toContain('name="partstat" value="TENTATIVE">Kanske</button>');
    expect(html).toContain('name="partstat" value="DECLINED">Jag kommer inte</button>');
    expect(html).toContain('<textarea id="comment" name="comment"');
    expect(html).toContain('<dd>Inte svarat</dd>');
    expect(html).toContain('<a href="https://samverkan.example.se/meetings/x">Öppna mötet i Samverkan</a>');
    expect(html).toContain('<a href="https://samverkan.example.se/meetings/x/agenda">Dagordning</a>');
  });

  it('speaks English to a person whose locale is en', () => {
    const html = renderRsvpPage(view({ locale: 'en', partstat: 'ACCEPTED' }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('I will attend');
    expect(html).toContain('<dd>Attending</dd>');
    expect(html).toContain('>Open the meeting in Samverkan</a>');
    expect(renderRsvpSaved(view({ locale: 'en' }), 'updated')).toContain(
      'Thank you! Your answer has been saved.',
    );
  });

  it('explains expired, withdrawn and cancelled links', () => {
    expect(renderRsvpError(InvitationErrorCode.RsvpLinkExpired, 'sv')).toContain('Länken har gått ut');
    expect(renderRsvpError(InvitationErrorCode.RsvpLinkRevoked, 'en')).toContain('no longer invited');
    expect(renderRsvpError(InvitationErrorCode.RsvpMeetingCancelled, 'sv')).toContain('Mötet är inställt');
  });
});
