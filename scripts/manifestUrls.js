// The manifest's dev URLs and their production rewrite: one function for webpack and the manifest test.
"use strict";
const DEV_URL = "https://localhost:3000/";

/** Rewrites every dev URL in the manifest to the production base URL (which must end with "/"). */
function productionManifest(xml, productionUrl) {
  const base = productionUrl.endsWith("/") ? productionUrl : `${productionUrl}/`;
  // AppDomain entries carry no trailing slash.
  return xml.split(DEV_URL).join(base).split(DEV_URL.slice(0, -1)).join(base.slice(0, -1));
}

module.exports = { DEV_URL, productionManifest };
