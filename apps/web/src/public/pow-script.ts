/**
 * The proof of work of a public form under pressure (packages/core/src/public/form-guard.ts): a script of about
 * 900 bytes, inlined (with the request's CSP nonce) only in a form that carries a challenge. It finds the number n
 * with SHA-256(salt + n) = challenge (ALTCHA's classic challenge, the one altcha-lib v1 makes and verifies) while the
 * visitor fills in the form, and puts the solution in the hidden field "altcha" when the form is sent. Without
 * JavaScript (or without Web Crypto) the form is sent as it is and the server's slow lane applies.
 *
 * Not the ALTCHA widget: it is a web component with its own interface and texts (a checkbox "I am not a robot"), tens
 * of kB of JavaScript on pages that otherwise carry none; solving needs only this loop.
 */
export const POW_SCRIPT = `(()=>{
const s=document.currentScript,f=s&&s.closest("form");
if(!f||!window.crypto||!crypto.subtle||!window.TextEncoder)return;
const c=JSON.parse(s.getAttribute("data-challenge")),out=f.querySelector('input[name="altcha"]'),enc=new TextEncoder();
const hex=b=>Array.from(new Uint8Array(b),x=>x.toString(16).padStart(2,"0")).join("");
const solving=(async()=>{for(let n=0;n<=c.maxnumber;n++){
if(hex(await crypto.subtle.digest("SHA-256",enc.encode(c.salt+n)))===c.challenge)
return btoa(JSON.stringify({algorithm:c.algorithm,challenge:c.challenge,number:n,salt:c.salt,signature:c.signature}));}
return "";})();
f.addEventListener("submit",e=>{if(out.value)return;e.preventDefault();
const b=f.querySelector('[type="submit"]');if(b)b.disabled=true;
solving.then(v=>{out.value=v;f.submit();});});
})();`;
