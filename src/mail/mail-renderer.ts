import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { LOCALES, type Locale } from '../person/person.entity.js';
import { LAYOUT_FOOTER, LAYOUT_HTML, LAYOUT_TEXT } from './templates/layout.js';
import { MAIL_TEMPLATES, type MailTemplateData, type MailTemplateName } from './templates/index.js';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

type Render = (data: object) => string;

interface CompiledTemplate {
  subject: Render;
  html: Render;
  text: Render;
}

/**
 * Renders the templates (Handlebars, one isolated instance) in the recipient's locale. Every template is
 * compiled when the service starts, so a syntax error stops start-up rather than a send.
 */
@Injectable()
export class MailRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly layoutHtml = this.handlebars.compile(LAYOUT_HTML, { strict: true });
  private readonly layoutText = this.handlebars.compile(LAYOUT_TEXT, { strict: true, noEscape: true });
  private readonly compiled = new Map<string, CompiledTemplate>();

  constructor() {
    for (const [name, locales] of Object.entries(MAIL_TEMPLATES)) {
      for (const locale of LOCALES) {
        const source = locales[locale];
        const plain = { strict: true, noEscape: true };
        const compiled: CompiledTemplate = {
          subject: this.handlebars.compile(source.subject, plain),
          html: this.handlebars.compile(source.html, { strict: true }),
          text: this.handlebars.compile(source.text, plain),
        };
        // Precompile now: Handlebars compiles lazily on first use.
        for (const template of [source.subject, source.html, source.text])
          this.handlebars.precompile(template);
        this.compiled.set(`${name}.${locale}`, compiled);
      }
    }
  }

  render<T extends MailTemplateName>(template: T, locale: Locale, data: MailTemplateData[T]): RenderedMail {
    const compiled = this.compiled.get(`${template}.${locale}`);
    if (!compiled) throw new Error(`No template ${template} in locale ${locale}`);
    // Subjects are one header line.
    const subject = compiled.subject(data).replace(/\s+/g, ' ').trim();
    const footer = LAYOUT_FOOTER[locale];
    return {
      subject,
      html: this.layoutHtml({ locale, subject, footer, body: compiled.html(data) }),
      text: this.layoutText({ body: compiled.text(data).trim(), footer }),
    };
  }
}
