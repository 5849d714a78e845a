import { createElement as h, Fragment } from "react";
import { describe, expect, it } from "vitest";
import { renderHtml } from "./render-html";

async function Greeting({ name }: { name: string }) {
  await Promise.resolve();
  return h("p", { className: "hi" }, "Dag ", name);
}

describe("renderHtml", () => {
  it("renders elements, async components and fragments, escaping text and attributes", async () => {
    const html = await renderHtml(
      h(
        Fragment,
        null,
        h(Greeting, { name: '<script>"x"' }),
        h("a", { href: '/x?a=1&b="2"', "aria-current": "page", "data-x": 3 }, "link"),
      ),
    );
    expect(html).toBe(
      '<p class="hi">Dag &lt;script&gt;&quot;x&quot;</p><a href="/x?a=1&amp;b=&quot;2&quot;" aria-current="page" data-x="3">link</a>',
    );
  });

  it("renders form controls as plain HTML: void elements, booleans, textarea values, no event handlers", async () => {
    const html = await renderHtml(
      h(
        "form",
        { method: "post", action: "/a" },
        h("input", { name: "n", required: true, tabIndex: -1, defaultValue: "v", onChange: () => {}, hidden: false }),
        h("textarea", { name: "t", defaultValue: "a < b" }),
        h("label", { htmlFor: "n", style: { fontSize: 16 } }, "x"),
      ),
    );
    expect(html).toBe(
      '<form method="post" action="/a"><input name="n" required tabindex="-1" value="v"><textarea name="t">a &lt; b</textarea><label for="n" style="font-size:16">x</label></form>',
    );
  });

  it("keeps the app's own inline script as it is (with its nonce, data escaped), never closed early", async () => {
    const html = await renderHtml(h("script", { nonce: "n1", "data-c": '{"a":"<b>"}' }, 'if(a<b&&c)x("</script>")'));
    expect(html).toBe('<script nonce="n1" data-c="{&quot;a&quot;:&quot;&lt;b&gt;&quot;}">if(a<b&&c)x("<\\/script>")</script>');
  });
});
