/** The panel's look: a plain, neutral frame; each preview takes the colours of its platform's card. */
export const STYLES = `
:host { all: initial; }
.pp { position: fixed; z-index: 2000000010; inset: 16px 16px 72px; max-width: 1200px; margin: 0 auto; display: flex; flex-direction: column;
  background: #fff; color: #1b1d22; border: 1px solid #c9ccd4; border-radius: 12px; box-shadow: 0 12px 40px rgb(0 0 0 / .25);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; overflow: hidden; }
header { display: flex; gap: 12px; align-items: center; padding: 10px 16px; border-bottom: 1px solid #e3e5ea; flex-wrap: wrap; }
header h2 { font-size: 16px; margin: 0; flex: 1 1 auto; }
nav { display: flex; gap: 6px; flex-wrap: wrap; }
button, .actions a { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid #b7bcc7; background: #f4f5f8; color: #1b1d22; cursor: pointer; text-decoration: none; }
button:hover, .actions a:hover { background: #e6e8ee; }
:focus-visible { outline: 3px solid #3645d9; outline-offset: 2px; }
.status { font-size: 12px; color: #555b66; }
.close { font-size: 18px; line-height: 1; padding: 2px 10px; }
.pp-scroll { overflow: auto; padding: 0 16px 24px; }
section > h2 { font-size: 15px; margin: 20px 0 10px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; }
.lp h3, .post h3 { font-size: 12px; margin: 0 0 6px; color: #555b66; text-transform: uppercase; letter-spacing: .04em; }
.lp h3 small { text-transform: none; font-weight: 400; color: #7a808c; }
.lp-card { border: 1px solid #d6d9df; border-radius: 12px; overflow: hidden; background: #fff; position: relative; }
.lp-image { width: 100%; overflow: hidden; background: #eef0f3; display: grid; place-items: center; color: #7a808c; }
.lp-image img { width: 100%; height: 100%; object-fit: cover; display: block; }
.lp-body { display: flex; flex-direction: column; gap: 2px; padding: 8px 12px 10px; }
.lp-title { font-weight: 600; overflow-wrap: anywhere; }
.lp-description { color: #555b66; overflow-wrap: anywhere; }
.lp-domain { color: #6b7280; font-size: 12px; }
.lp--facebook .lp-card, .lp--linkedin .lp-card { border-radius: 0; }
.lp--facebook .lp-body { background: #f0f2f5; }
.lp--facebook .lp-domain { text-transform: uppercase; }
.lp-card--overlay .lp-body { padding-top: 6px; }
.lp-card--overlay .lp-title { position: absolute; left: 10px; bottom: 36px; max-width: calc(100% - 20px); box-sizing: border-box; background: rgb(0 0 0 / .75); color: #fff;
  font-weight: 400; font-size: 13px; padding: 1px 6px; border-radius: 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.lp--slack .lp-card, .lp--discord .lp-card { border: 0; border-left: 4px solid #c9ccd4; border-radius: 4px; display: flex; flex-direction: column-reverse; }
.lp--discord .lp-card { background: #2b2d31; color: #dbdee1; border-left-color: #1e1f22; }
.lp--discord .lp-title { color: #00a8fc; } .lp--discord .lp-description, .lp--discord .lp-domain { color: #b5bac1; }
.lp--slack .lp-title { color: #1264a3; }
.lp--whatsapp .lp-card { background: #d9fdd3; } .lp--whatsapp .lp-body { background: #d1f4cc; }
.lp--imessage .lp-card { border-radius: 18px; } .lp--imessage .lp-body { background: #e9e9eb; }
.lp-rows { display: flex; gap: 16px; margin: 6px 0 0; font-size: 12px; } .lp-rows dt { font-weight: 600; } .lp-rows dd { margin: 0; }
.serp { max-width: 652px; font-family: Arial, sans-serif; }
.serp cite { color: #4d5156; font-style: normal; font-size: 12px; }
.serp-title { color: #1a0dab; margin: 4px 0; font-weight: 400; }
.serp-description { color: #4d5156; margin: 0; max-width: 600px; }
.note { font-size: 12px; color: #7a5a10; background: #fdf6e3; padding: 6px 10px; border-radius: 6px; max-width: 640px; }
.sub { font-size: 13px; margin: 14px 0 6px; }
.rich { margin: 0; padding-left: 18px; }
.posts { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 16px; }
.post pre { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; margin: 0; padding: 8px 10px; background: #f6f7f9; border-radius: 8px; max-height: 220px; overflow: auto; }
.meter { display: flex; gap: 8px; align-items: center; margin: 6px 0; font-size: 12px; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
.findings { border-collapse: collapse; width: 100%; font-size: 13px; }
.findings th, .findings td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #e3e5ea; }
.findings tr[data-level="error"] td:first-child { border-left: 3px solid #b33e66; }
.findings tr[data-level="warning"] td:first-child { border-left: 3px solid #b58a2d; }
.bad { color: #b33e66; }
`;
