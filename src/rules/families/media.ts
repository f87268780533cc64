import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

// The apps a show is heard on.
const PODCAST_APP = String.raw`(?:spotify|apple podcasts|google podcasts|youtube music|amazon music|pocket casts|overcast|stitcher|iheartradio)`;

/**
 * Video and gallery player text, caption toggles and image placeholders.
 * @example
 * mediaRules.find((rule) => rule.id === 'media.player')?.lines?.includes('Scroll down for video'); // true
 */
export const mediaRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `Scroll down for video`, `VIEW GALLERY`, `Video loading`, `Play Video`, `toggle caption`, `Enlarge this image`, `Bild vergrößern`;
  // `Image:`, `Foto:`, `Bild`: the label of a picture whose credit went with the markup.
  {
    id: 'media.player',
    lines: (
      'Scroll down for video|Scroll down for videos|View Gallery|View Photo Gallery|View Photos|Open Image Gallery|Open Gallery|Video loading|' +
      'Loading video|Play Video|Watch Video|View video|Watch now|Now Playing|Up Next|Watch Next|Watch this video again|' +
      'Video loading Watch next Watch this video again Watch Next|Replay|Replay video|Play|Pause|Mute|Unmute|Fullscreen|Full screen|Exit fullscreen|' +
      'Enlarge this image|Enlarge image|Bild vergrößern|Agrandir l’image|toggle caption|hide caption|show caption|Closed Captioning|Captions|Transcript|' +
      'Poll loading …|Poll loading...|Video|Videos|Photo|Photos|Image|Foto|Bild|Gallery|Photo gallery|Bildergalerie|Bilderserie|Zur Bildergalerie|Galerie|Video abspielen|' +
      'Vidéo|Voir la vidéo|Galería|Ver vídeo|Ver video'
    ).split('|'),
  },
  // `Image may contain Pac Man and Rug`, `No Caption Provided`: the stock alt text a site sets on an image, which a full
  // dump prints in its place. `Headshot of <name>` and `article image` are left: they stand by the byline and the head
  // finder reads past them.
  {
    id: 'media.alt-label',
    pattern: String.raw`^(?:image may contain\b[^.!?]{0,150}|no caption provided)$`,
    maxLength: 200,
  },
  // `Recommended Videos`, `More Videos`, `Weitere Videos`: the playlist of a player, which stands inside the story as
  // often as after it.
  {
    id: 'media.video-list',
    pattern: String.raw`^(?:(?:recommended|related|more|latest|top|trending|popular|featured|all|neueste|weitere|aktuelle|plus de|más) (?:videos?|vidéos|vídeos)|(?:videos?|vidéos) (?:recommandées|recomendados|for you|you may like))(?: for you)?[ :]{0,2}$`,
    maxLength: 40,
  },
  // `Image 1 of 12`, `1 of 9`, `1 of 9 |`, `list 2 of 4`, `11/3`, `Duration 2:31`, `2:31`: gallery counters and player times.
  {
    id: 'media.counter',
    pattern: String.raw`^(?:(?:image|photo|picture|slide|list|bild|foto|imagen) )?\d{1,3} (?:of|von|de|sur|di) \d{1,3}(?: ?\|)?$|^\d{1,3} ?/ ?\d{1,3}$|^(?:duration:? |dauer:? )?\d{1,2}:\d{2}(?::\d{2})?(?: min)?$`,
    maxLength: 40,
  },
  // `This video can not be played`, `Your browser does not support the video tag.`, `Please enable Javascript to watch.`,
  // `ON A MOBILE DEVICE? CLICK HERE TO WATCH THE VIDEO.`, `Skip 7 photos in the image carousel and continue reading`.
  {
    id: 'media.player-notice',
    pattern: String.raw`^(?:this video (?:can ?not|cannot|could not) be (?:played|loaded)|this video has an invalid file format|your browser does not support (?:the )?(?:video|audio|html5 video)[^\n]{0,40}|please (?:enable javascript|use an? html5 video capable browser) to (?:watch|view)[^\n]{0,30}|(?:using |on )?a mobile device\? click here to (?:see|watch|view) the video|skip \d{1,3} photos? in the image carousel and continue reading|video unavailable)\.?$`,
    maxLength: 120,
  },
  // `Über dieses Thema berichtet: BR24 Radio am 14.04.2026 um 17:50 Uhr.`, `Dieses Thema im Programm:`: a broadcaster's note of the
  // programme that aired the story.
  {
    id: 'media.broadcast-note',
    pattern: String.raw`^(?:über dieses thema berichte(?:t|te)|dieses thema im programm)\b[^\n]{0,150}$`,
    contains: ['thema'],
    maxLength: 180,
  },
  // `WATCH: Israeli strikes in Gaza continue…`, `WATCH MORE: …`, `Listen: Supreme Court takes up Jan. 6 dispute`: a video or
  // podcast teaser after the story. Only there: `WATCH: Joe Biden Just Wrecked Trump In Six Words` is how some sites title a
  // video story (48 of the 51 such lines in the scraped corpora are headlines).
  {
    id: 'media.watch-line',
    pattern: String.raw`^(?:watch|watch more|watch now|watch live|listen|listen now|ansehen|regarder|mira) ?[:|] ?\S[^\n]{1,150}$`,
    where: 'tail',
    maxLength: 170,
  },
  // `Listen to Short Wave on Spotify, Apple Podcasts and Google Podcasts.`, `The full interview with Bruce Dern is available on our
  // podcast, Q with Tom Power. Listen and subscribe wherever you get your podcasts.`: where to hear the show the story comes from.
  {
    id: 'media.podcast-line',
    pattern: String.raw`^(?:listen (?:to [^\n,]{1,60} )?on ${PODCAST_APP}(?:(?:, | and | or |, and |, or )${PODCAST_APP}){1,4}[.!]?|[^\n]{0,150}\b(?:listen and subscribe|subscribe and listen|listen|subscribe|available) wherever you get your podcasts\b[^\n]{0,60})$`,
    contains: ['listen', 'podcasts'],
    maxLength: 240,
  },
  // `[svg]`, `[gif]`, `[p]`, `[yH5BAEAAAA]`, `[police-lights]`, `[1x1] [1x1]`, `[svg][logo-techreport]`, `[ ] [make-money]`,
  // `Placeholder image-1`: image placeholders drawn by a text browser, named by a file; `AFP_48KT7NQ.jpg`,
  // `191615_1325_191615_cover.jpg`: the image's file name alone. One plain word in brackets is left alone: `[Applause]`
  // in a transcript, `[Name]` in a letter.
  {
    id: 'media.placeholder',
    pattern: String.raw`^(?:\[(?:svg|gif|png|jpe?g|webp|img|image|iframe|embed|p|ins::ins|yh5baeaaaa\w{0,20}|data:image[^\]\n]{0,40})\]|\[[^\[\]\s]{0,40}[\d_.-][^\[\]\s]{0,40}\]|(?:\[(?:[^\[\]\s]{1,40}| )\] ?){2,6}|placeholder image(?:-\d{1,3})?|[^\s\[\]]{1,110}\.(?:jpe?g|png|gif|webp|avif))$`,
    maxLength: 120,
  },
  // `Cat video beamed to Earth from deep space (video)`, `Marines Send Message [VIDEO]`: a tag a site sets after
  // a headline or a teaser to say that a player follows; it is not a word of the headline.
  {
    id: 'media.tag',
    pattern: String.raw`\s[([](?:videos?|photos?|pictures|gallery|audio|podcast|watch|listen)[)\]]$`,
    scope: 'inline',
  },
]);

/**
 * What each media rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * mediaDescriptions['media.player']; // 'Video and gallery player text: "Scroll down for video", "VIEW GALLERY", "Video loading", "Play Video", "toggle caption".'
 */
export const mediaDescriptions: RuleDescriptions = {
  'media.player': 'Video and gallery player text: "Scroll down for video", "VIEW GALLERY", "Video loading", "Play Video", "toggle caption".',
  'media.alt-label': 'The stock alt text of an image: "Image may contain …", "No Caption Provided".',
  'media.video-list': 'The playlist heading of a video player: "Recommended Videos", "More Videos", "Weitere Videos".',
  'media.counter': 'A gallery counter or player time: "Image 1 of 12", "1 of 9", "Duration 2:31".',
  'media.player-notice': 'A notice of a video player: "This video can not be played", "Please enable Javascript to watch.", "On a mobile device? Click here to watch the video."',
  'media.broadcast-note': 'A broadcaster\'s note of the programme that aired the story: "Über dieses Thema berichtet: BR24 Radio am …".',
  'media.watch-line': 'A line heading a video or podcast teaser: "WATCH: <headline>", "Listen: <headline>".',
  'media.podcast-line': 'Where to hear the show: "Listen to X on Spotify, Apple Podcasts …", "… Listen and subscribe wherever you get your podcasts."',
  'media.placeholder': 'An image placeholder drawn by a text browser, or its file name: "[svg]", "[gif]", "[police-lights]", "[1x1] [1x1]", "AFP_48KT7NQ.jpg".',
  'media.tag': 'A tag after a headline that names its medium: "(video)", "[VIDEO]", "(PHOTOS)", "(AUDIO)".',
};
