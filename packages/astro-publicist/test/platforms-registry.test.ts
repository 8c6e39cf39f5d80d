/** The registry refuses a list it cannot serve: two records under one id, an id that cannot name an option. */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../src/core/platforms/index.ts');
  vi.resetModules();
});

async function registryWith(extra: { id: string; name: string }) {
  vi.resetModules();
  vi.doMock('../src/core/platforms/index.ts', async (importOriginal) => {
    const shipped = await importOriginal<typeof import('../src/core/platforms/index.ts')>();
    return { PLATFORMS: [...shipped.PLATFORMS, extra] };
  });
  return import('../src/core/platforms/registry.ts');
}

describe('the platform registry', () => {
  it('refuses a second record under an id already taken', async () => {
    await expect(registryWith({ id: 'mastodon', name: 'Another Mastodon' })).rejects.toThrow('two platforms are registered as "mastodon"');
  });

  it('refuses an id that is not lower-case letters, digits and -', async () => {
    await expect(registryWith({ id: 'Pixel Fed', name: 'Pixelfed' })).rejects.toThrow('platform id "Pixel Fed" must be lower-case');
  });

  it('takes a share-only network with a fresh id', async () => {
    const registry = await registryWith({ id: 'pixelfed', name: 'Pixelfed' });
    expect(registry.SHARE_TARGETS.at(-1)).toBe('pixelfed');
    expect(registry.SOCIAL_PLATFORMS).not.toContain('pixelfed');
  });
});
