/**
 * The XSL stylesheet that turns an RSS or Atom feed into a readable page when it is opened in a
 * browser. The page's words follow the feed's `<language>` (RSS) or the site's language (Atom).
 */
import { LANGUAGES, knowsLanguage, strings, type StringOverrides, type Strings } from '../i18n/index.ts';
import { xmlText as xml } from './item.ts';

/** The stylesheet's variables and the strings they hold. */
const LABELS = { aboutFeed: 'feedAbout', subscribeHint: 'feedSubscribeHint', visitSite: 'feedVisitSite', recentItems: 'feedRecentItems' } as const satisfies Record<string, keyof Strings>;

/**
 * The languages the stylesheet speaks: those of the site (its default and its articles') that are
 * built in or given in `strings`, built-in ones in catalogue order. Anything else reads English.
 */
export function stylesheetLanguages(languages: readonly string[], overrides: StringOverrides = {}): string[] {
  const primaries = [...new Set(languages.map((l) => l.toLowerCase().split('-')[0]!))].filter((l) => /^[a-z]{2}$/.test(l) && knowsLanguage(l, overrides));
  return [...Object.keys(LANGUAGES).filter((l) => primaries.includes(l)), ...primaries.filter((l) => !(l in LANGUAGES))];
}

/** An `xsl:variable` holding the label in the feed's language. */
function labelVariable(name: keyof typeof LABELS, languages: readonly string[], overrides: StringOverrides): string {
  const key = LABELS[name];
  const whens = languages.map((lang) => `<xsl:when test="$ui = '${lang}'">${xml(strings(lang, overrides)[key])}</xsl:when>`).join('');
  return `<xsl:variable name="${name}"><xsl:choose>${whens}<xsl:otherwise>${xml(strings('en', overrides)[key])}</xsl:otherwise></xsl:choose></xsl:variable>`;
}

const CSS = `
:root { color-scheme: light dark; --accent: #0b6bcb; }
body { font: 1rem/1.6 system-ui, sans-serif; max-width: 44rem; margin: 0 auto; padding: 2rem 1rem; }
.about { border: 1px solid color-mix(in srgb, currentColor 20%, transparent); border-radius: .5rem; padding: .75rem 1rem; margin-bottom: 2rem; }
.about p { margin: .25rem 0; }
h1 { line-height: 1.2; margin: 0 0 .5rem; }
a { color: var(--accent); }
ol { list-style: none; padding: 0; }
li { margin: 0 0 1.5rem; }
li h3 { margin: 0; font-size: 1.15rem; }
time { font-size: .875rem; opacity: .75; }
`;

/**
 * The stylesheet; `defaultLanguage` is used for feeds that do not say theirs (Atom), `languages`
 * are the site's articles' languages.
 */
export function feedStylesheet(defaultLanguage: string, languages: readonly string[] = [], overrides: StringOverrides = {}): string {
  const fallback = defaultLanguage.toLowerCase().split('-')[0]!;
  const spoken = stylesheetLanguages([defaultLanguage, ...languages], overrides);
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
<xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
<xsl:variable name="declared" select="translate(substring(/rss/channel/language, 1, 2), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
<xsl:variable name="ui"><xsl:choose><xsl:when test="$declared != ''"><xsl:value-of select="$declared"/></xsl:when><xsl:otherwise>${xml(fallback)}</xsl:otherwise></xsl:choose></xsl:variable>
${(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((name) => labelVariable(name, spoken, overrides)).join('\n')}
<xsl:template match="/">
<html lang="{$ui}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="robots" content="noindex"/>
<title><xsl:value-of select="/rss/channel/title | /atom:feed/atom:title"/></title>
<style>${CSS}</style>
</head>
<body>
<div class="about"><p><strong><xsl:value-of select="$aboutFeed"/></strong></p><p><xsl:value-of select="$subscribeHint"/></p></div>
<xsl:apply-templates select="/rss/channel | /atom:feed"/>
</body>
</html>
</xsl:template>
<xsl:template match="channel">
<header>
<h1><xsl:value-of select="title"/></h1>
<p><xsl:value-of select="description"/></p>
<p><a href="{link}"><xsl:value-of select="$visitSite"/> →</a></p>
</header>
<h2><xsl:value-of select="$recentItems"/></h2>
<ol><xsl:for-each select="item"><li>
<h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
<time><xsl:value-of select="pubDate"/></time>
<p><xsl:value-of select="description" disable-output-escaping="yes"/></p>
</li></xsl:for-each></ol>
</xsl:template>
<xsl:template match="atom:feed">
<header>
<h1><xsl:value-of select="atom:title"/></h1>
<p><xsl:value-of select="atom:subtitle"/></p>
<p><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="$visitSite"/> →</a></p>
</header>
<h2><xsl:value-of select="$recentItems"/></h2>
<ol><xsl:for-each select="atom:entry"><li>
<h3><a href="{atom:link[not(@rel) or @rel='alternate']/@href}"><xsl:value-of select="atom:title" disable-output-escaping="yes"/></a></h3>
<time><xsl:value-of select="substring(atom:published, 1, 10)"/></time>
<p><xsl:value-of select="atom:summary" disable-output-escaping="yes"/></p>
</li></xsl:for-each></ol>
</xsl:template>
</xsl:stylesheet>
`;
}
