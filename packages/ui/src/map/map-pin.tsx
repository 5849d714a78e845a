import { MapPin } from "lucide-react";

/**
 * The pin that marks a chosen point (an SVG icon: emoji need a font that not every machine has). Named for screen
 * readers by `label`; a white outline keeps it visible on any base map.
 */
export function MapPinIcon({ label, className = "size-10" }: { label: string; className?: string }) {
  return (
    <span role="img" aria-label={label} className="block leading-none drop-shadow">
      <MapPin aria-hidden="true" className={`${className} fill-red-700 text-white`} strokeWidth={1.75} />
    </span>
  );
}
