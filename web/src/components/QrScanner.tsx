// Reads a QR code in the browser, for the licence check (/verify) and the scan desk: from the
// camera (getUserMedia; video frames decoded with jsQR until one holds a code, then the camera
// is switched off) or from a photo the person picks. Nothing is uploaded; only the text is used.
// The camera is also switched off when the person closes it or leaves the page.
import { CameraOutlined, PictureOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { decodeQr, decodeQrFromFile } from './qrDecode.ts';

/** What went wrong opening the camera, in words for the person in front of it. */
export function cameraProblem(err: unknown): string {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return '摄像头权限被拒绝：请在浏览器地址栏旁的权限设置中允许本网站使用摄像头后重试，或改用扫码枪、上传二维码照片。';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return '没有找到可用的摄像头：请连接摄像头后重试，或改用扫码枪、上传二维码照片。';
    case 'NotReadableError':
    case 'AbortError':
      return '摄像头无法启动，可能正被其他程序占用：请关闭占用摄像头的程序后重试。';
    default:
      return '无法打开摄像头，请改用扫码枪或上传二维码照片。';
  }
}

export function QrScanner({ onCode, photoLabel = '上传二维码照片' }: { onCode: (text: string) => void; photoLabel?: string }) {
  const video = useRef<HTMLVideoElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => () => { mounted.current = false; }, []);

  // Decode frames while the camera is on; switch it off when it is closed or the page is left.
  useEffect(() => {
    if (!stream) return;
    const v = video.current;
    let timer = 0;
    if (v) {
      v.srcObject = stream;
      void v.play().catch(() => undefined);
      timer = window.setInterval(() => {
        if (v.readyState < 2) return;
        const text = decodeQr(v, v.videoWidth, v.videoHeight, 1280);
        if (text) {
          setStream(null);
          onCode(text);
        }
      }, 200);
    }
    return () => {
      window.clearInterval(timer);
      stream.getTracks().forEach((t) => t.stop());
      if (v) v.srcObject = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stream]);

  async function startCamera() {
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem('此浏览器或当前连接（非 HTTPS）不能使用摄像头，请改用扫码枪或上传二维码照片。');
      return;
    }
    setStarting(true);
    try {
      const s = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      // (the page may have been left while the person answered the permission prompt)
      if (mounted.current) setStream(s);
      else s.getTracks().forEach((t) => t.stop());
    } catch (err) {
      setProblem(cameraProblem(err));
    } finally {
      setStarting(false);
    }
  }

  async function readPhoto(f: File | undefined) {
    if (!f) return;
    setProblem(null);
    try {
      const text = await decodeQrFromFile(f);
      if (text) onCode(text);
      else setProblem('照片中没有识别到二维码，请对准二维码拍清楚后重试。');
    } catch {
      setProblem('无法读取该图片。');
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {stream ? (
          <Button onClick={() => setStream(null)} data-testid="camera-stop">关闭摄像头</Button>
        ) : (
          <Button icon={<CameraOutlined />} loading={starting} onClick={() => void startCamera()} data-testid="camera-start">
            摄像头扫码
          </Button>
        )}
        <Button icon={<PictureOutlined />} onClick={() => file.current?.click()} data-testid="photo-pick">
          {photoLabel}
        </Button>
        <input ref={file} type="file" accept="image/*" hidden data-testid="photo-input" onChange={(e) => { void readPhoto(e.target.files?.[0]); e.target.value = ''; }} />
      </Space>
      {stream && (
        <>
          <video ref={video} muted playsInline data-testid="camera-video" style={{ width: '100%', maxWidth: 420, borderRadius: 8, background: '#000' }} />
          <span style={{ color: '#666' }}>将二维码对准摄像头，识别后自动关闭摄像头。</span>
        </>
      )}
      {problem && <Alert type="warning" showIcon title={problem} data-testid="camera-problem" />}
    </Space>
  );
}
