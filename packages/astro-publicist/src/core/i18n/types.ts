/** Every string publicist writes for people, in one language. `{name}` marks a placeholder. */

/** A phrase that changes with a count, by Intl.PluralRules category; `other` is the fallback. */
export type PluralString = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

export interface Strings {
  /** Slack's `twitter:label1` beside the reading time. */
  headReadingTime: string;
  /** Slack's `twitter:label2` beside the author. */
  headWrittenBy: string;
  /** The first breadcrumb item (JSON-LD). */
  breadcrumbHome: string;

  /** The reading time on a card; `{minutes}`. */
  cardReadingTime: string;
  /** The line above a tag card's title; `{count}` articles. */
  tagCardEyebrow: string | PluralString;

  /** Default title of a tag feed; `{site}` (the site's name), `{tag}`. */
  feedTagTitle: string;
  /** Default title of a language feed; `{site}`, `{language}` (the language's own name). */
  feedLanguageTitle: string;
  /** Default description of a tag feed; `{tag}`. */
  feedTagDescription: string;
  /** Default description of a language feed; `{language}` (the language's own name). */
  feedLanguageDescription: string;
  /** The browser view of a feed (XSL stylesheet). */
  feedAbout: string;
  feedSubscribeHint: string;
  feedVisitSite: string;
  feedRecentItems: string;

  /** `{author}`: the authors' handles on the network, or their names. */
  postByline: string;
  /** Long posts (LinkedIn, Facebook): the line with the link; `{link}`. */
  postReadMore: string;
  /** Instagram, where links are not clickable: where to find the link. */
  postLinkInBio: string;
  /** Long posts; `{minutes}`. */
  postReadingTime: string;

  /** The social kit pages. */
  kitTitle: string;
  kitIntro: string;
  kitAllArticles: string;
  kitOpenArticle: string;
  kitJson: string;
  kitCsv: string;
  kitPosts: string;
  kitCopy: string;
  kitCopied: string;
  kitCopyFailed: string;
  /** Followed by the network's name: `Teilen auf Bluesky`. */
  kitShareOn: string;
  kitShareLinks: string;
  kitImages: string;
  kitDownload: string;
  kitShortened: string;
  kitHandWritten: string;
  kitPublished: string;
  kitNoArticles: string;
  /** Instagram's preview: the UTM link for the profile or a link-in-bio page. */
  kitLinkInBio: string;
  /** The units a post's length is counted in (`PostRule.unit`). */
  kitUnitWeightedCharacters: string;
  kitUnitGraphemes: string;
  kitUnitCharacters: string;
  /** What each card size is for, on its tile in the kit. */
  kitCardUseLink: string;
  kitCardUseSquare: string;
  kitCardUsePortrait: string;
  kitCardUseWide: string;
  kitCardUseStandard: string;

  /** The dev toolbar app (`astro dev`): its panel, sections and notes. It reuses kitCopy, kitCopied, kitCopyFailed, kitShareOn and kitPosts. */
  toolbarTitle: string;
  toolbarClose: string;
  toolbarPreviews: string;
  toolbarGoogle: string;
  toolbarFindings: string;
  toolbarNoArticle: string;
  toolbarPostsOff: string;
  toolbarRichResults: string;
  toolbarEligible: string;
  toolbarNotEligible: string;
  toolbarMissing: string;
  toolbarNoRichResults: string;
  toolbarArialMissing: string;
  toolbarOpenInEditor: string;
  toolbarFile: string;
  toolbarField: string;
  toolbarExpected: string;
  toolbarFound: string;
  toolbarNoFindings: string;
  toolbarNoImage: string;
  /** Beside a link preview whose layout is approximated. */
  toolbarApproximate: string;
  /** Followed by the time of the refresh. */
  toolbarUpdated: string;
  /** The app's tooltip; `{count}` findings. */
  toolbarFindingsCount: string | PluralString;
  /** A link preview's author line; `{author}`. */
  toolbarMoreFrom: string;
  /** The toolbar's rendered-page checks: what is expected, what was found. */
  toolbarCheckOneH1: string;
  toolbarCheckNoH1: string;
  /** `{src}`: the image's address. */
  toolbarCheckImgAlt: string;
  toolbarCheckNoAlt: string;
  toolbarCheckShareImage: string;
  toolbarCheckNoShareImage: string;
  /** `{minWidth}`, `{minHeight}` in pixels. */
  toolbarCheckImageMin: string;
  /** `{max}` pixels, `{font}`. */
  toolbarCheckTitleWidth: string;
  /** `{range}`: characters, like `50–160`. */
  toolbarCheckDescription: string;
  toolbarCheckNoDescription: string;
  /** `{count}`: a number or a range of characters. */
  toolbarCheckCharacters: string;
  toolbarCheckIndexable: string;
  toolbarCheckOneTitle: string;
  /** `{tag}`: the duplicated head tag. */
  toolbarCheckOneTag: string;
  toolbarCheckOneCanonical: string;
}

/** What users may override per language tag (`strings: { de: { … } }`). */
export type StringOverrides = Readonly<Record<string, Partial<Strings>>>;
