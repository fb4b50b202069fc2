/**
 * The exported page's two palettes, as custom-property declarations for `SCORECARD_THEME_PROPERTIES`
 * (fonts aside): light, also used on paper, and dark. Constants only.
 */

export const LIGHT = `
  --bg: #f5f7fa; --fg: #1f2328; --muted: #57606a; --card: #ffffff; --border: #d8dee4;
  --subtle: #eef1f5; --track: #e4e8ee; --accent: #0b62d6; --on-accent: #ffffff; --focus: #0b62d6;
  --violet: #7c4dd6; --edge: #b3bcc6; --shadow: 0 1px 2px rgba(31,35,40,.06), 0 4px 14px rgba(31,35,40,.06);
  --green: #1a7f37; --amber: #bf8700; --red: #cf222e; --unknown: #6e7781;
  --hero: linear-gradient(135deg, #0b3d91 0%, #0b62d6 55%, #3a8dde 100%); --on-hero: #ffffff;
  --stale-bg: #fff8c5; --stale-fg: #4d2d00; --stale-border: #d4a72c;
  color-scheme: light;`;

export const DARK = `
  --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --card: #161b22; --border: #30363d;
  --subtle: #1c2129; --track: #2a313b; --accent: #4c9aff; --on-accent: #0d1117; --focus: #4c9aff;
  --violet: #a67ef5; --edge: #4d5663; --shadow: 0 1px 2px rgba(0,0,0,.4);
  --green: #3fb950; --amber: #d29922; --red: #f85149; --unknown: #8b949e;
  --hero: linear-gradient(135deg, #0f2a57 0%, #15407f 60%, #1d5aa8 100%); --on-hero: #ffffff;
  --stale-bg: #3b2e00; --stale-fg: #f2cc60; --stale-border: #9e6a03;
  color-scheme: dark;`;
