import { cloudcherryDemo } from "./cloudcherry.js";
import { cloudlxDemo } from "./cloudlx.js";
import { cloudmoreDemo } from "./cloudmore.js";
import type { ProviderDemo } from "./provider-demo.js";

/** Every provider the demo drives, in the order the summary prints them. */
export const PROVIDER_DEMOS: readonly ProviderDemo[] = [cloudmoreDemo, cloudcherryDemo, cloudlxDemo];
