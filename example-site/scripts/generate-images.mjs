// Generates the example site's original artwork (covers, inline images, logo, avatars, favicon)
// from hand-written SVG compositions. Run from the repo root:
//   npx node example-site/scripts/generate-images.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const site = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = (p) => {
  const file = join(site, p);
  mkdirSync(dirname(file), { recursive: true });
  return file;
};

const W = 1600;
const H = 900;

/** Background: a diagonal gradient plus soft blurred blobs and a fine dot grid. */
function backdrop(id, [c1, c2], blobs = []) {
  const dots = [];
  for (let x = 40; x < W; x += 48) for (let y = 40; y < H; y += 48) dots.push(`<circle cx="${x}" cy="${y}" r="1.6"/>`);
  return `
  <defs>
    <linearGradient id="${id}-bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/>
    </linearGradient>
    <filter id="${id}-blur" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="70"/></filter>
    <filter id="${id}-shadow" x="-20%" y="-20%" width="140%" height="140%">
      <feDropShadow dx="0" dy="18" stdDeviation="22" flood-color="#0f172a" flood-opacity="0.25"/>
    </filter>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#${id}-bg)"/>
  <g filter="url(#${id}-blur)">${blobs.map(([cx, cy, r, c, o = 0.55]) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${c}" opacity="${o}"/>`).join('')}</g>
  <g fill="#ffffff" opacity="0.12">${dots.join('')}</g>`;
}

const svg = (w, h, body) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`;

const covers = {
  // Reputation: a shield with a check mark, orbiting stars
  reputation: svg(W, H, `${backdrop('rep', ['#0f172a', '#1e3a5f'], [[1200, 250, 260, '#0ea5e9'], [300, 750, 300, '#6366f1', 0.45]])}
    <g filter="url(#rep-shadow)">
      <path d="M800 170 L1030 250 V470 C1030 620 930 720 800 770 C670 720 570 620 570 470 V250 Z" fill="#f8fafc"/>
      <path d="M800 215 L990 282 V470 C990 595 908 680 800 724 C692 680 610 595 610 470 V282 Z" fill="#0ea5e9"/>
      <path d="M700 470 L775 545 L910 400" fill="none" stroke="#f8fafc" stroke-width="44" stroke-linecap="round" stroke-linejoin="round"/>
    </g>
    ${[[360, 260, 1], [1250, 620, 1.3], [1240, 220, 0.8], [330, 620, 0.7], [1400, 420, 0.6]].map(([x, y, s]) => `
      <path transform="translate(${x} ${y}) scale(${s})" d="M0 -60 L17 -20 L60 -18 L27 9 L38 52 L0 28 L-38 52 L-27 9 L-60 -18 L-17 -20 Z" fill="#fbbf24"/>`).join('')}
    <circle cx="800" cy="470" r="380" fill="none" stroke="#f8fafc" stroke-opacity="0.18" stroke-width="3" stroke-dasharray="6 14"/>`),

  // Social SEO: a magnifying glass over a list of result bars
  'social-seo': svg(W, H, `${backdrop('seo', ['#fdf6ec', '#fde2c8'], [[1300, 200, 300, '#fb923c', 0.5], [200, 800, 260, '#f472b6', 0.35]])}
    <g filter="url(#seo-shadow)">
      <rect x="260" y="170" width="760" height="560" rx="36" fill="#ffffff"/>
    </g>
    <rect x="320" y="230" width="640" height="64" rx="32" fill="#f1f5f9"/>
    <circle cx="362" cy="262" r="14" fill="none" stroke="#94a3b8" stroke-width="6"/>
    ${[0, 1, 2].map((i) => `
      <rect x="320" y="${340 + i * 125}" width="86" height="86" rx="18" fill="${['#f97316', '#0f766e', '#6366f1'][i]}"/>
      <rect x="432" y="${350 + i * 125}" width="${[420, 360, 470][i]}" height="22" rx="11" fill="#1e293b"/>
      <rect x="432" y="${390 + i * 125}" width="${[500, 440, 380][i]}" height="16" rx="8" fill="#cbd5e1"/>`).join('')}
    <g filter="url(#seo-shadow)" transform="translate(1110 420)">
      <circle r="190" fill="#fff7ed" fill-opacity="0.55" stroke="#0f172a" stroke-width="40"/>
      <path d="M134 134 L290 290" stroke="#0f172a" stroke-width="64" stroke-linecap="round"/>
      <path d="M-70 -90 A120 120 0 0 1 60 -110" fill="none" stroke="#ffffff" stroke-width="18" stroke-linecap="round" opacity="0.9"/>
    </g>`),

  // Social commerce: a phone with a product card and a shopping bag
  'social-commerce': svg(W, H, `${backdrop('com', ['#4c1d95', '#db2777'], [[1250, 700, 320, '#f59e0b', 0.5], [250, 200, 260, '#22d3ee', 0.35]])}
    <g filter="url(#com-shadow)">
      <rect x="560" y="90" width="420" height="760" rx="60" fill="#0f172a"/>
      <rect x="584" y="120" width="372" height="700" rx="40" fill="#fdf2f8"/>
    </g>
    <rect x="610" y="160" width="320" height="300" rx="26" fill="#fbcfe8"/>
    <circle cx="770" cy="300" r="95" fill="#db2777"/>
    <path d="M720 290 h100 l-12 80 h-76 Z" fill="#fdf2f8"/>
    <path d="M742 292 v-22 a28 28 0 0 1 56 0 v22" fill="none" stroke="#fdf2f8" stroke-width="12" stroke-linecap="round"/>
    <rect x="610" y="490" width="230" height="24" rx="12" fill="#1e293b"/>
    <rect x="610" y="530" width="160" height="18" rx="9" fill="#94a3b8"/>
    <rect x="610" y="590" width="320" height="76" rx="38" fill="#4c1d95"/>
    <rect x="700" y="618" width="140" height="20" rx="10" fill="#fdf2f8"/>
    <path d="M880 700 c0-20 30-20 30 0 c0 20 -30 36 -15 48 c15-12 -15-28 -15-48Z" fill="#db2777" opacity="0"/>
    <g transform="translate(1150 330)" filter="url(#com-shadow)">
      <path d="M-120 0 h240 l-30 260 h-180 Z" fill="#fbbf24"/>
      <path d="M-60 0 v-40 a60 60 0 0 1 120 0 v40" fill="none" stroke="#fbbf24" stroke-width="26" stroke-linecap="round"/>
    </g>
    <g transform="translate(360 520)" fill="#fdf2f8">
      <path d="M0 40 C-70 -10 -40 -80 0 -40 C40 -80 70 -10 0 40Z" transform="scale(1.6)"/>
    </g>`),

  // Community: connected people nodes
  community: svg(W, H, `${backdrop('cmu', ['#064e3b', '#0f766e'], [[800, 450, 360, '#34d399', 0.35], [1400, 150, 220, '#a3e635', 0.35]])}
    ${(() => {
      const nodes = [[800, 450, 80, '#fef3c7'], [480, 260, 58, '#fcd34d'], [1120, 250, 58, '#fda4af'], [420, 640, 52, '#a5f3fc'], [1160, 660, 60, '#c4b5fd'], [800, 150, 42, '#bbf7d0'], [800, 760, 44, '#fde68a'], [220, 420, 36, '#fecaca'], [1380, 440, 38, '#bae6fd']];
      const links = [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [1, 5], [2, 5], [3, 6], [4, 6], [1, 7], [3, 7], [2, 8], [4, 8], [1, 3], [2, 4]];
      const person = ([x, y, r, c]) => `<g filter="url(#cmu-shadow)"><circle cx="${x}" cy="${y}" r="${r}" fill="${c}"/></g>
        <circle cx="${x}" cy="${y - r * 0.22}" r="${r * 0.3}" fill="#064e3b"/>
        <path d="M${x - r * 0.52} ${y + r * 0.55} a${r * 0.52} ${r * 0.45} 0 0 1 ${r * 1.04} 0 Z" fill="#064e3b"/>`;
      return `<g stroke="#ecfdf5" stroke-opacity="0.45" stroke-width="5" stroke-linecap="round">${links.map(([a, b]) => `<line x1="${nodes[a][0]}" y1="${nodes[a][1]}" x2="${nodes[b][0]}" y2="${nodes[b][1]}"/>`).join('')}</g>${nodes.map(person).join('')}`;
    })()}`),

  // KPIs: bar chart with a trend line and a donut
  kpis: svg(W, H, `${backdrop('kpi', ['#eef2ff', '#e0f2fe'], [[300, 200, 260, '#818cf8', 0.45], [1350, 750, 300, '#38bdf8', 0.45]])}
    <g filter="url(#kpi-shadow)"><rect x="180" y="150" width="820" height="600" rx="36" fill="#ffffff"/></g>
    <g stroke="#e2e8f0" stroke-width="3">${[0, 1, 2, 3].map((i) => `<line x1="240" x2="940" y1="${260 + i * 120}" y2="${260 + i * 120}"/>`).join('')}</g>
    ${[220, 300, 260, 380, 340, 450].map((h, i) => `<rect x="${270 + i * 112}" y="${680 - h}" width="70" height="${h}" rx="14" fill="${i === 5 ? '#4338ca' : '#a5b4fc'}"/>`).join('')}
    <polyline points="305,440 417,380 529,410 641,300 753,330 865,210" fill="none" stroke="#f97316" stroke-width="12" stroke-linecap="round" stroke-linejoin="round"/>
    <circle cx="865" cy="210" r="20" fill="#f97316" stroke="#fff" stroke-width="8"/>
    <g filter="url(#kpi-shadow)" transform="translate(1230 380)">
      <circle r="200" fill="#ffffff"/>
      <circle r="140" fill="none" stroke="#e0e7ff" stroke-width="56"/>
      <circle r="140" fill="none" stroke="#4338ca" stroke-width="56" stroke-dasharray="600 880" transform="rotate(-90)" stroke-linecap="round"/>
      <circle r="140" fill="none" stroke="#38bdf8" stroke-width="56" stroke-dasharray="160 880" stroke-dashoffset="-640" transform="rotate(-90)" stroke-linecap="round"/>
    </g>`),

  // Crisis communication: a megaphone against storm waves
  krise: svg(W, H, `${backdrop('kri', ['#7f1d1d', '#1f2937'], [[1200, 300, 300, '#f97316', 0.45], [300, 700, 280, '#ef4444', 0.35]])}
    ${[0, 1, 2].map((i) => `<path d="M0 ${640 + i * 70} C 200 ${580 + i * 70}, 400 ${700 + i * 70}, 600 ${640 + i * 70} S 1000 ${580 + i * 70}, 1200 ${640 + i * 70} S 1500 ${700 + i * 70}, 1600 ${640 + i * 70} V900 H0 Z" fill="#0f172a" opacity="${0.35 + i * 0.2}"/>`).join('')}
    <g filter="url(#kri-shadow)" transform="translate(640 380) rotate(-12)">
      <path d="M-200 -60 L120 -200 V200 L-200 60 Z" fill="#f8fafc"/>
      <rect x="-260" y="-70" width="80" height="140" rx="22" fill="#fb923c"/>
      <rect x="110" y="-215" width="50" height="430" rx="25" fill="#fb923c"/>
      <path d="M-210 60 L-160 200 H-100 L-130 70Z" fill="#f8fafc"/>
    </g>
    <g fill="none" stroke="#fde68a" stroke-width="16" stroke-linecap="round">
      <path d="M900 220 a160 160 0 0 1 40 170" transform="rotate(-12 640 380)"/>
      <path d="M980 150 a260 260 0 0 1 60 300" transform="rotate(-12 640 380)"/>
      <path d="M1060 80 a360 360 0 0 1 80 430" transform="rotate(-12 640 380)"/>
    </g>`),

  // Editorial calendar: grid with coloured posts
  redaktionsplan: svg(W, H, `${backdrop('red', ['#fefce8', '#ecfccb'], [[1300, 200, 260, '#facc15', 0.5], [250, 750, 300, '#4ade80', 0.35]])}
    <g filter="url(#red-shadow)"><rect x="300" y="120" width="1000" height="680" rx="40" fill="#ffffff"/></g>
    <path d="M300 160 a40 40 0 0 1 40 -40 h920 a40 40 0 0 1 40 40 v90 h-1000 Z" fill="#15803d"/>
    ${[0, 1, 2, 3, 4, 5, 6].map((i) => `<rect x="${400 + i * 120}" y="90" width="22" height="80" rx="11" fill="#0f172a" opacity="${i % 3 === 0 ? 1 : 0}"/>`).join('')}
    ${(() => {
      const colors = ['#f97316', '#0ea5e9', '#a855f7', '#15803d', '#e11d48'];
      let cells = '';
      for (let r = 0; r < 4; r++)
        for (let c = 0; c < 7; c++) {
          const x = 340 + c * 132, y = 290 + r * 122;
          const filled = (r * 7 + c) % 3 !== 1;
          cells += `<rect x="${x}" y="${y}" width="116" height="106" rx="16" fill="#f8fafc" stroke="#e2e8f0" stroke-width="2"/>`;
          if (filled) cells += `<rect x="${x + 12}" y="${y + 54}" width="${60 + ((r + c) % 3) * 14}" height="18" rx="9" fill="${colors[(r * 3 + c) % 5]}"/><circle cx="${x + 22}" cy="${y + 26}" r="9" fill="${colors[(r + c * 2) % 5]}" opacity="0.5"/>`;
        }
      return cells;
    })()}`),

  // Brand awareness: ripples spreading from a central mark
  markenbekanntheit: svg(W, H, `${backdrop('mar', ['#0c4a6e', '#312e81'], [[800, 450, 330, '#22d3ee', 0.4], [1450, 850, 260, '#e879f9', 0.35]])}
    ${[520, 420, 320, 220].map((r, i) => `<circle cx="800" cy="450" r="${r}" fill="none" stroke="#e0f2fe" stroke-opacity="${0.12 + i * 0.12}" stroke-width="${4 + i * 2}"/>`).join('')}
    <g filter="url(#mar-shadow)">
      <circle cx="800" cy="450" r="120" fill="#f0f9ff"/>
      <path d="M800 370 L830 430 L895 440 L848 485 L860 550 L800 518 L740 550 L752 485 L705 440 L770 430 Z" fill="#0ea5e9"/>
    </g>
    ${[[380, 210, '#fbbf24'], [1230, 260, '#f472b6'], [300, 640, '#34d399'], [1280, 650, '#a78bfa'], [800, 70, '#f97316']].map(([x, y, c]) => `<circle cx="${x}" cy="${y}" r="34" fill="${c}"/><circle cx="${x}" cy="${y}" r="14" fill="#f0f9ff"/>`).join('')}`),
};

// Inline images for article bodies.
const inline = {
  // A social-commerce funnel, 1400x800
  'funnel.png': svg(1400, 800, `
    <rect width="1400" height="800" fill="#fdf2f8"/>
    ${[
      ['Entdecken', '#7c3aed', 1100],
      ['Interesse', '#a21caf', 900],
      ['Produktansicht', '#db2777', 700],
      ['Kauf in der App', '#e11d48', 500],
    ]
      .map(([label, color, w], i) => `<rect x="${(1400 - w) / 2}" y="${90 + i * 160}" width="${w}" height="128" rx="30" fill="${color}"/>
      <text x="700" y="${90 + i * 160 + 78}" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="40" fill="#ffffff">${label}</text>`)
      .join('')}`),
  // Crisis phases timeline, 1400x600
  'krisenphasen.png': svg(1400, 600, `
    <rect width="1400" height="600" fill="#fff7ed"/>
    <line x1="140" y1="300" x2="1260" y2="300" stroke="#fdba74" stroke-width="14" stroke-linecap="round"/>
    ${[
      ['Erkennen', '0–1 h', '#f97316'],
      ['Reagieren', '1–4 h', '#ea580c'],
      ['Begleiten', 'Tage', '#c2410c'],
      ['Auswerten', 'Wochen', '#7c2d12'],
    ]
      .map(([label, time, c], i) => {
        const x = 200 + i * 333;
        return `<circle cx="${x}" cy="300" r="62" fill="${c}"/><text x="${x}" y="316" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="44" fill="#fff">${i + 1}</text>
        <text x="${x}" y="440" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="38" fill="#431407">${label}</text>
        <text x="${x}" y="190" text-anchor="middle" font-family="DejaVu Sans" font-size="32" fill="#9a3412">${time}</text>`;
      })
      .join('')}`),
};

// Logo: a compass rose with "SK", 512x512
const logo = svg(512, 512, `
  <defs><linearGradient id="lg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0f766e"/><stop offset="1" stop-color="#134e4a"/></linearGradient></defs>
  <rect width="512" height="512" rx="112" fill="url(#lg)"/>
  <circle cx="256" cy="256" r="188" fill="none" stroke="#ccfbf1" stroke-width="10" stroke-opacity="0.55"/>
  ${Array.from({ length: 16 }, (_, i) => `<line x1="256" y1="${i % 4 === 0 ? 56 : 72}" x2="256" y2="92" stroke="#ccfbf1" stroke-width="${i % 4 === 0 ? 10 : 5}" stroke-linecap="round" transform="rotate(${i * 22.5} 256 256)"/>`).join('')}
  <path d="M256 108 L292 256 L256 404 L220 256 Z" fill="#f97316" opacity="0.95" transform="rotate(45 256 256)"/>
  <path d="M256 108 L292 256 L220 256 Z" fill="#fdba74" transform="rotate(45 256 256)"/>
  <circle cx="256" cy="256" r="96" fill="#0f766e" stroke="#ccfbf1" stroke-width="8"/>
  <text x="256" y="290" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="96" letter-spacing="-4" fill="#ffffff">SK</text>`);

const avatar = (initials, [c1, c2]) =>
  svg(400, 400, `
  <defs><linearGradient id="a" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient></defs>
  <rect width="400" height="400" fill="url(#a)"/>
  <circle cx="330" cy="70" r="120" fill="#ffffff" opacity="0.08"/>
  <circle cx="60" cy="360" r="90" fill="#ffffff" opacity="0.08"/>
  <text x="200" y="242" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="136" letter-spacing="-4" fill="#ffffff">${initials}</text>`);

const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="14" fill="#0f766e"/>
  <circle cx="32" cy="32" r="22" fill="none" stroke="#ccfbf1" stroke-width="3" stroke-opacity="0.7"/>
  <path d="M32 12 L37 32 L32 52 L27 32 Z" fill="#f97316" transform="rotate(45 32 32)"/>
  <path d="M32 12 L37 32 L27 32 Z" fill="#fdba74" transform="rotate(45 32 32)"/>
  <circle cx="32" cy="32" r="5" fill="#ccfbf1"/>
</svg>
`;

for (const [name, source] of Object.entries(covers)) {
  await sharp(Buffer.from(source)).jpeg({ quality: 84, mozjpeg: true }).toFile(out(`src/assets/covers/${name}.jpg`));
}
for (const [name, source] of Object.entries(inline)) await sharp(Buffer.from(source)).png({ compressionLevel: 9 }).toFile(out(`src/assets/${name}`));
await sharp(Buffer.from(logo)).png({ compressionLevel: 9 }).toFile(out('public/logo.png'));
await sharp(Buffer.from(avatar('LH', ['#be185d', '#7c3aed']))).png().toFile(out('public/authors/lena.png'));
await sharp(Buffer.from(avatar('JB', ['#0369a1', '#0f766e']))).png().toFile(out('public/authors/jonas.png'));
writeFileSync(out('public/favicon.svg'), favicon);
console.log('images written');
