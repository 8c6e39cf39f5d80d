/** A feature plugs into the integration's hooks; each output (cards, feeds, posts…) is one. */
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import type { PublicistState } from '../state.ts';

export interface FeatureSetupContext {
  state: PublicistState;
  params: HookParameters<'astro:config:setup'>;
  logger: AstroIntegrationLogger;
  /** Inject a route whose entrypoint is a file of this package, given relative to src/astro/routes/. */
  injectPackageRoute: (pattern: string, file: string, prerender?: boolean) => void;
}

export interface FeatureBuildDoneContext {
  state: PublicistState;
  params: HookParameters<'astro:build:done'>;
  logger: AstroIntegrationLogger;
}

export interface Feature {
  name: string;
  setup?: (context: FeatureSetupContext) => void | Promise<void>;
  serverSetup?: (params: HookParameters<'astro:server:setup'>, state: PublicistState) => void | Promise<void>;
  buildStart?: (state: PublicistState) => void;
  buildDone?: (context: FeatureBuildDoneContext) => void | Promise<void>;
}
