import type { Rule } from '../rule';

/** Newsletter, subscription, donation and paywall prompts. */
export const newsletterRules: readonly Rule[] = [
  // `Sign up for our newsletter`, `Subscribe to our newsletter`, `Get the latest news delivered to your inbox`
  { id: 'newsletter.prompt', family: 'newsletter', description: 'A newsletter or subscription prompt: "Sign up for our newsletter", "Subscribe now".', pattern: String.raw`^(?:sign up|subscribe|register|join)(?: now| today| here)?(?: (?:for|to) (?:our|the|a|free)\b[^\n]{0,80})?[.!]?$|^[^\n]{0,60}\bnewsletters?\b[^\n]{0,60}$|^(?:sign up|subscribe)\b[^\n]{0,120}\b(?:newsletters?|inbox)\b[^\n]{0,120}$|^get (?:the latest|our|breaking)[^\n]{0,80}(?:inbox|newsletter|email)[^\n]{0,20}$|^already (?:a subscriber|have an account)\??[^\n]{0,30}$|^newsletter abonnieren$`, maxLength: 260 },
  // `Support independent journalism`, `Donate`, `Become a member`
  { id: 'newsletter.donate', family: 'newsletter', description: 'A donation or membership appeal: "Support independent journalism", "Donate now", "Become a member".', pattern: String.raw`^(?:donate(?: now| today)?|support (?:us|our (?:work|journalism)|independent journalism)[^\n]{0,80}|become a (?:member|subscriber|patron)[^\n]{0,40}|make a donation)[.!]?$`, maxLength: 160 },
  // `This article is for subscribers only`, `Subscribe to continue reading`
  { id: 'newsletter.paywall', family: 'newsletter', description: 'A paywall notice: "This article is for subscribers only", "Subscribe to continue reading".', pattern: String.raw`^(?:this (?:article|story|content) is (?:for|only available to|exclusive to) (?:subscribers|members)[^\n]{0,40}|subscribe to (?:continue|keep) reading[^\n]{0,40}|you have reached your (?:free )?article limit[^\n]{0,60})$`, maxLength: 160 },
];
