/** Print views: the document alone on white, without the app's navigation (A4 via globals.css). */
export default function PrintLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-screen bg-white py-6 print:py-0">{children}</div>;
}
