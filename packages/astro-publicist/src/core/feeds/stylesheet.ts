/**
 * The XSL stylesheet that turns an RSS or Atom feed into a readable page when it is opened in a
 * browser. The page's words follow the feed's `<language>` (RSS) or the site's language (Atom).
 */
import { feedLabels, LABEL_LANGUAGES, type FeedLabels } from './labels.ts';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An `xsl:variable` holding the label in the feed's language. */
function labelVariable(key: keyof FeedLabels): string {
  const whens = LABEL_LANGUAGES.map((lang) => `<xsl:when test="$ui = '${lang}'">${xml(feedLabels(lang)[key])}</xsl:when>`).join('');
  return `<xsl:variable name="${key}"><xsl:choose>${whens}<xsl:otherwise>${xml(feedLabels('en')[key])}</xsl:otherwise></xsl:choose></xsl:variable>`;
}

const LABEL_KEYS: (keyof FeedLabels)[] = ['aboutFeed', 'subscribeHint', 'visitSite', 'recentItems'];

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

/** The stylesheet; `defaultLanguage` is used for feeds that do not say theirs (Atom). */
export function feedStylesheet(defaultLanguage: string): string {
  const fallback = defaultLanguage.toLowerCase().split('-')[0]!;
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
<xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
<xsl:variable name="declared" select="translate(substring(/rss/channel/language, 1, 2), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
<xsl:variable name="ui"><xsl:choose><xsl:when test="$declared != ''"><xsl:value-of select="$declared"/></xsl:when><xsl:otherwise>${xml(fallback)}</xsl:otherwise></xsl:choose></xsl:variable>
${LABEL_KEYS.map(labelVariable).join('\n')}
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
