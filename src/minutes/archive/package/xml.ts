/** A node of an XML document written by the archive package: an element, or text (escaped when written). */
export type XmlNode = XmlElement | string;

export interface XmlElement {
  name: string;
  attributes: Record<string, string | number | null | undefined>;
  children: XmlNode[];
}

/** An element; attributes that are null or undefined are left out, as are children that are null or false. */
export function el(
  name: string,
  attributes: XmlElement['attributes'] = {},
  ...children: Array<XmlNode | null | undefined | false | Array<XmlNode | null | undefined | false>>
): XmlElement {
  return {
    name,
    attributes,
    children: children
      .flat()
      .filter((child): child is XmlNode => child !== null && child !== undefined && child !== false),
  };
}

/** The document as UTF-8 bytes with its declaration, indented by two spaces (text-only elements on one line). */
export function xmlDocument(root: XmlElement): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${write(root, '')}\n`, 'utf8');
}

function write(node: XmlElement, indent: string): string {
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  if (node.children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  if (node.children.every((child) => typeof child === 'string')) {
    return `${indent}<${node.name}${attributes}>${node.children.map((text) => escapeXml(text)).join('')}</${node.name}>`;
  }
  const inner = node.children
    .map((child) =>
      typeof child === 'string' ? `${indent}  ${escapeXml(child)}` : write(child, `${indent}  `),
    )
    .join('\n');
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
}

/**
 * Text and attribute values escaped for XML 1.0; characters XML 1.0 cannot carry at all (controls other
 * than tab, newline and carriage return, lone surrogates, U+FFFE/U+FFFF) are left out.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}
