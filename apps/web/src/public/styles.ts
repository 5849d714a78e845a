/**
 * The public site's stylesheet, inlined in every page (one request less on a slow phone; a few kB). System fonts, large
 * text and touch targets (at least 48 px), strong contrast (WCAG 2.1 AA), one column that fits a 320 px screen.
 */
export const PUBLIC_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;font-size:1.125rem;line-height:1.6;color:#1b1f24;background:#f7f6f2}
a{color:#0b5c4d;text-underline-offset:.2em}
a:hover{color:#073f35}
:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.75rem 1rem;z-index:10}
.skip:focus{left:.5rem;top:.5rem}
header.site{background:#0b5c4d;color:#fff}
header.site a{color:#fff}
.wrap{max-width:44rem;margin:0 auto;padding:0 1rem}
.bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;padding:.75rem 0}
.brand{display:flex;align-items:center;gap:.75rem;font-weight:700;font-size:1.25rem;text-decoration:none;min-height:48px}
.logo{display:inline-flex;align-items:center;justify-content:center;width:44px;height:44px;border-radius:50%;background:#fff;color:#0b5c4d;font-weight:800;font-size:1.1rem}
.logo-img{display:block;width:44px;height:44px;object-fit:contain;border-radius:8px;background:#fff}
nav.lang ul{display:flex;gap:.25rem;list-style:none;margin:0;padding:0}
nav.lang a{display:inline-flex;align-items:center;min-height:48px;min-width:48px;padding:0 .6rem;border-radius:.5rem;text-decoration:none}
nav.lang a[aria-current]{background:#fff;color:#0b5c4d;font-weight:700}
main{padding:1.5rem 0 2.5rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}
h2{font-size:1.3rem;margin:2rem 0 .75rem}
p{margin:0 0 1rem}
.intro{font-size:1.2rem}
ul.links{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}
ul.links a{display:flex;align-items:center;min-height:56px;padding:.75rem 1rem;background:#fff;border:2px solid #0b5c4d;border-radius:.75rem;font-weight:600;text-decoration:none}
ul.plain{padding-inline-start:1.25rem}
.notice{white-space:pre-line}
form{display:grid;gap:1.25rem}
.field{display:grid;gap:.35rem}
label,legend{font-weight:600}
.hint{font-size:1rem;color:#41484f;margin:0}
input[type=text],input[type=email],input[type=tel],select,textarea{width:100%;min-height:48px;padding:.6rem .75rem;font:inherit;color:inherit;background:#fff;border:2px solid #5b636b;border-radius:.5rem}
textarea{min-height:9rem}
.check{display:flex;gap:.75rem;align-items:flex-start}
.check input{width:28px;height:28px;margin:.15rem 0 0;flex:none}
.err{color:#a4161a;font-weight:600;margin:0}
[aria-invalid=true]{border-color:#a4161a}
.summary{border:3px solid #a4161a;border-radius:.75rem;padding:1rem;background:#fff}
.summary h2{margin:0 0 .5rem;font-size:1.15rem}
button{min-height:52px;padding:.75rem 1.5rem;font:inherit;font-weight:700;color:#fff;background:#0b5c4d;border:0;border-radius:.75rem;cursor:pointer;justify-self:start}
button:hover{background:#073f35}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.ref{font-size:2rem;font-weight:800;letter-spacing:.08em;background:#fff;border:3px dashed #0b5c4d;border-radius:.75rem;padding:.75rem 1rem;display:inline-block}
footer.site{border-top:1px solid #d3d0c7;padding:1.5rem 0;font-size:1rem;color:#41484f}
footer.site a{display:inline-flex;align-items:center;min-height:48px}
`;
