// Reads a QR code in the browser: from the camera (frames decoded with jsQR until one is
// found) or from a photo the person picks. Nothing is uploaded; only the decoded text is used.
import { CameraOutlined, PictureOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';

function decode(source: CanvasImageSource, width: number, height: number): string | null {
  const scale = Math.min(1, 1280 / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(img.data, img.width, img.height)?.data ?? null;
}

export function QrScanner({ onCode }: { onCode: (text: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!stream || !video.current) return;
    const v = video.current;
    v.srcObject = stream;
    void v.play();
    const timer = window.setInterval(() => {
      if (v.readyState < 2) return;
      const text = decode(v, v.videoWidth, v.videoHeight);
      if (text) {
        stop();
        onCode(text);
      }
    }, 250);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stream]);
  useEffect(() => () => stream?.getTracks().forEach((t) => t.stop()), [stream]);

  function stop() {
    stream?.getTracks().forEach((t) => t.stop());
    setStream(null);
  }

  async function startCamera() {
    setProblem(null);
    try {
      setStream(await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }));
    } catch {
      setProblem('无法打开摄像头，请允许使用摄像头，或改为上传二维码照片。');
    }
  }

  function readPhoto(f: File | undefined) {
    if (!f) return;
    setProblem(null);
    const url = URL.createObjectURL(f);
    const img = new Image();
    img.onload = () => {
      const text = decode(img, img.naturalWidth, img.naturalHeight);
      URL.revokeObjectURL(url);
      if (text) onCode(text);
      else setProblem('照片中没有识别到二维码，请拍清楚后重试。');
    };
    img.onerror = () => setProblem('无法读取该图片。');
    img.src = url;
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {stream ? (
          <Button onClick={stop}>关闭摄像头</Button>
        ) : (
          <Button icon={<CameraOutlined />} onClick={() => void startCamera()}>
            摄像头扫码
          </Button>
        )}
        <Button icon={<PictureOutlined />} onClick={() => file.current?.click()}>
          上传二维码照片
        </Button>
        <input ref={file} type="file" accept="image/*" hidden onChange={(e) => readPhoto(e.target.files?.[0])} />
      </Space>
      {stream && <video ref={video} muted playsInline style={{ width: '100%', maxWidth: 420, borderRadius: 8, background: '#000' }} />}
      {problem && <Alert type="warning" showIcon title={problem} />}
    </Space>
  );
}
