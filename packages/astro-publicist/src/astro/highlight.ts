/**
 * Syntax highlighting that does not depend on how busy the machine is. Shiki stops tokenizing a
 * line after 500 ms (`tokenizeTimeLimit`) and colours the rest of it as one run, so on a loaded
 * machine a code block can come out as a single comment-coloured span, in the page and in every
 * feed, and the build is no longer byte-identical. This transformer lifts the limit (0 = none) for
 * every code block Astro highlights with Shiki, Markdown and MDX alike.
 */
interface TokenizeOptions {
  tokenizeTimeLimit?: number;
}

export const deterministicHighlighting = {
  name: 'astro-publicist:deterministic-highlighting',
  // Shiki hands its options object to the tokenizer after the transformers' preprocess step.
  preprocess(_code: string, options: TokenizeOptions): undefined {
    options.tokenizeTimeLimit = 0;
    return undefined;
  },
};
